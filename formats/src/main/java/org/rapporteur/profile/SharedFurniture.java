package org.rapporteur.profile;

import java.util.regex.Pattern;

/**
 * Page furniture every language prints alike ({@code shared.yaml}): the document symbol, the job number and its dates, the page
 * number with the page count, the bar code. Each pattern matches the piece alone, unanchored.
 */
public record SharedFurniture(Pattern symbol, Pattern jobNumber, Pattern jobDate, Pattern pageOfCount, Pattern barcode,
                              Pattern continued) {
}
