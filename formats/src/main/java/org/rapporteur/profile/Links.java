package org.rapporteur.profile;

import java.util.regex.Pattern;

/**
 * How a language's text cites documents, to link them as the UN's files do.
 *
 * @param undocs     the language's code in the UN's document system ({@code en}, {@code ch} for Chinese)
 * @param resolution the word near a number that makes it a resolution's ({@code resolution}, {@code 决议})
 */
public record Links(String undocs, Pattern resolution) {
}
