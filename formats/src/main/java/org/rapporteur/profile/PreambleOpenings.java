package org.rapporteur.profile;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a language's preambular paragraphs open, so that text after a page cut that opens otherwise is
 * read as the cut paragraph going on; and the leads the UN's Akoma Ntoso names and sets in italics or bold.
 *
 * @param word         a word among the first two that opens one ({@code Recalling}, {@code Convaincue})
 * @param leadingWord  a word among the first three that opens one, as written (a Russian verbal adverb)
 * @param leadingWords words among the first three that open one though {@code leadingWord} misses them
 * @param notLeading   words {@code leadingWord} matches that work inside a sentence ({@code включая})
 * @param joining      first words that join on to a sentence and never open a paragraph
 * @param start        text that opens one, matched at the start ({@code وإذ})
 * @param phrase       the lead phrase one is named after where no emphasis marks it ({@code وإذ تشير أيضاً})
 * @param leads        how the UN's files set the formula's body, lead phrases and operative leads ({@code italic})
 * @param leadsByOrgan where an organ's texts in this language set them otherwise, by its actor code (the Human
 *                     Rights Council's Arabic texts: {@code italic}, where the General Assembly's are bold italic)
 * @param boldTitle    whether the UN's files set the title in bold ({@code <docTitle><span class="bold">})
 * @param operative    the lead of an operative paragraph ({@code Calls upon}, {@code Acoge con beneplácito})
 * @param cjkPrefix    Chinese and Japanese: what goes before an opening verb ({@code 又}, {@code 进一步})
 * @param cjkVerbs     Chinese and Japanese: opening verbs by their first two characters
 */
public record PreambleOpenings(Pattern word, Pattern leadingWord, Set<String> leadingWords, Set<String> notLeading,
                       Set<String> joining, Pattern start, Pattern phrase, LeadStyle leads,
                       java.util.Map<String, LeadStyle> leadsByOrgan, boolean boldTitle, Pattern operative,
                       Pattern cjkPrefix, Set<String> cjkVerbs) {
    public PreambleOpenings {
        leadingWords = Set.copyOf(leadingWords);
        notLeading = Set.copyOf(notLeading);
        joining = Set.copyOf(joining);
        cjkVerbs = Set.copyOf(cjkVerbs);
        leadsByOrgan = java.util.Map.copyOf(leadsByOrgan);
    }

    /** How the texts of the organ {@code actor} ({@code unga-hrc}) set their leads in this language. */
    public LeadStyle leads(String actor) {
        return leadsByOrgan.getOrDefault(actor, leads);
    }
}
