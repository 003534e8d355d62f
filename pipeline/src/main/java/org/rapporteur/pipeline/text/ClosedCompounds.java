package org.rapporteur.pipeline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * poppler's {@code pdftotext} in its default mode removes a hyphen at a line's end and closes the word up,
 * the hyphen of a compound too: "Non-Self-|Governing" becomes "Non-SelfGoverning", "self-|determination"
 * "selfdetermination", "c’est-|à-dire" "c’està-dire". Such a word gets its hyphen back where the document
 * writes the compound elsewhere (one compound only closing up so), or, at a capital inside the word
 * ("NonSelf-Governing") or inside a lower-case part of a compound the dictionary does not know
 * ("c’està-dire"), where the language's dictionary knows the compound (at one place only) and not the
 * closed word.
 */
public final class ClosedCompounds {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}’'-]*[\\p{L}\\p{M}]");
    /** The document's compounds by their closed forms (one hyphen left out), where only one compound closes so. */
    private final Map<String, String> compounds = new HashMap<>();
    private final Lexicon lexicon;
    /** What the dictionary made of each word asked so far. */
    private final Map<String, java.util.Optional<String>> asked = new HashMap<>();

    public ClosedCompounds(Iterable<String> texts, Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, String> seen = new HashMap<>();
        for (String t : texts) {
            if (t.indexOf('-') < 0) {
                continue;
            }
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                String w = m.group();
                for (int i = w.indexOf('-'); i > 0 && i < w.length() - 1; i = w.indexOf('-', i + 1)) {
                    String closed = w.substring(0, i) + w.substring(i + 1);
                    String before = seen.putIfAbsent(closed, w);
                    if (before != null && !before.equals(w)) {
                        seen.put(closed, "");
                    }
                }
            }
        }
        seen.forEach((closed, compound) -> {
            if (!compound.isEmpty()) {
                compounds.put(closed, compound);
            }
        });
    }

    /** {@code text} with each closed-up compound given its hyphen back. */
    public String restore(String text) {
        if (compounds.isEmpty() && !lexicon.present()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String w = m.group();
            String fixed = compounds.get(w);
            if (fixed == null) {
                // a document repeats its compounds ("Secretary-General"): the dictionary is asked once a word
                fixed = asked.computeIfAbsent(w, k -> java.util.Optional.ofNullable(byDictionary(k))).orElse(null);
            }
            if (fixed != null && !fixed.equals(w)) {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * Where a capital follows a lower-case letter inside the word ("NonSelf-Governing"), the compound with a
     * hyphen there if the dictionary knows it and not the word as it is. (Not searched at every letter: the
     * dictionary takes any run of its words joined by hyphens, "Milano-Corti-na" too.)
     */
    private String byDictionary(String w) {
        if (!lexicon.present()) {
            return null;
        }

        if (!hasSeam(w)) {
            return w.indexOf('-') > 0 ? closedPart(w) : null;
        }
        StringBuilder candidate = new StringBuilder(w.length() + 2);
        for (int i = 0; i < w.length(); i++) {
            if (seamAt(w, i)) {
                candidate.append('-');
            }
            candidate.append(w.charAt(i));
        }
        return !lexicon.knows(w) && lexicon.knows(candidate.toString()) ? candidate.toString() : null;
    }

    /** Whether a capital follows a lower-case letter somewhere inside {@code w} (most words: no). */
    private static boolean hasSeam(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (seamAt(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean seamAt(String w, int i) {
        return i > 0 && Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1));
    }

    /**
     * A compound one of whose parts is a lower-case word the dictionary does not know ("c’està-dire"): the
     * compound with a hyphen inside that part, where exactly one place makes a compound the dictionary
     * knows ("c’est-à-dire"). Capitalised parts are names ("Milano-Cortina") and are left alone.
     */
    private String closedPart(String w) {
        // The parts the dictionary does not know first: most compounds have none ("Secretary-General",
        // "follow-up"), and then the whole word need not be asked (Hunspell's lookups are the cost here).
        String[] parts = w.split("-", -1);
        boolean[] unknown = new boolean[parts.length];
        boolean any = false;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            boolean lower = !part.isEmpty() && part.codePoints().noneMatch(Character::isUpperCase);
            unknown[k] = lower && part.length() >= 4 && !lexicon.knows(part);
            any |= unknown[k];
        }
        if (!any || lexicon.knows(w)) {
            return null;
        }
        List<String> known = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (unknown[k]) {
                for (int i = 1; i < part.length(); i++) {
                    if (Character.isLetter(part.charAt(i - 1)) && Character.isLetter(part.charAt(i))) {
                        String candidate = w.substring(0, start + i) + "-" + w.substring(start + i);
                        if (lexicon.knows(candidate)) {
                            known.add(candidate);
                        }
                    }
                }
            }
            start += part.length() + 1;
        }
        return known.size() == 1 ? known.get(0) : null;
    }
}
