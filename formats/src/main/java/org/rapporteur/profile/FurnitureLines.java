package org.rapporteur.profile;

import java.util.List;

/**
 * Page furniture printed in words.
 *
 * @param page    the word before a page number ({@code Page 2})
 * @param pageOf  the word between a page number and the page count ({@code Page 2 of 7})
 * @param recycle the recycling request printed on a last page
 */
public record FurnitureLines(List<String> page, List<String> pageOf, List<String> recycle) {
    public FurnitureLines {
        page = List.copyOf(page);
        pageOf = List.copyOf(pageOf);
        recycle = List.copyOf(recycle);
    }
}
