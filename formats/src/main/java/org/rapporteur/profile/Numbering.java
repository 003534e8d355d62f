package org.rapporteur.profile;

import java.util.regex.Pattern;

/**
 * How a language numbers paragraphs.
 *
 * @param operative       an operative paragraph's printed number, group 1 the number ({@code 1. }, Arabic {@code 1 - })
 * @param point           a sub-paragraph label, group 1 the label ({@code (a) }, {@code a) })
 * @param lineStart       how a numbered paragraph or a lettered sub-paragraph opens a line of text, more strictly
 *                        ({@code 1.5 million} opens none)
 * @param numberSuffix    what the writers print after an operative number ({@code .}, Arabic {@code  -})
 * @param bracketedPoints whether labels are printed {@code (a)} rather than {@code a)}
 */
public record Numbering(Pattern operative, Pattern point, Pattern lineStart, String numberSuffix, boolean bracketedPoints) {
    /** An operative paragraph's number as the language prints it: {@code 1.}, Arabic {@code 1 -}. */
    public String printedNumber(String number) {
        return number + numberSuffix;
    }

    /** A sub-paragraph's label as the language prints it: {@code (a)}; French, Spanish, Russian {@code a)}. */
    public String printedPoint(String label) {
        if (label.equals(org.rapporteur.model.SubParagraph.BULLET)) {
            return label;
        }
        return bracketedPoints ? "(" + label + ")" : label + ")";
    }
}
