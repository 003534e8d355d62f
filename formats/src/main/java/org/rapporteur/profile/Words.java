package org.rapporteur.profile;

import java.util.Set;

/**
 * Words that decide how numbers and hyphens are read.
 *
 * @param counting       words a number after them counts or names ({@code paragraph 2}): no reference mark follows
 * @param counters       characters after a number that make it a date or a quantity ({@code 年}, {@code 号})
 * @param hyphenPrefixes prefixes written with a hyphen, never a syllable break ({@code non-}, {@code twenty-})
 * @param dictionaries   the Hunspell dictionaries that spell the language, by file name, in the order to try
 *                       them ({@code en_GB}, {@code en_US}): they decide line-end hyphens the document does not
 */
public record Words(Set<String> counting, String counters, Set<String> hyphenPrefixes, java.util.List<String> dictionaries) {
    public Words {
        counting = Set.copyOf(counting);
        hyphenPrefixes = Set.copyOf(hyphenPrefixes);
        dictionaries = java.util.List.copyOf(dictionaries);
    }

    /** The counters as a regular-expression class ({@code [年月日]}); where there are none, one that matches nothing. */
    public String counterClass() {
        if (counters.isEmpty()) {
            return "(?!)";
        }
        StringBuilder c = new StringBuilder("[");
        counters.codePoints().forEach(cp -> c.append("\\x{").append(Integer.toHexString(cp)).append('}'));
        return c.append(']').toString();
    }
}
