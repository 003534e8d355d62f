package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Mark;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Script;
import org.rapporteur.model.Text;
import org.rapporteur.model.Warning;
import org.rapporteur.profile.LanguageProfile;

/**
 * Turns reference marks inside a line into {@link NoteRef}s: printed marks ({@link Mark}, from
 * superscripts), numbers glued to a word in spaced scripts ({@code Action,1 and}), and {@code (1)} in
 * Arabic. A printed mark without a note stays as its text, with a warning.
 */
final class MarkResolver {
    /** A number right after a letter or closing punctuation, before a space, punctuation or the end. */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{L}\\p{Pe}\\p{Pf}.,;:'’”\"])(\\d{1,3})(?=[\\s,.;:)]|$)");
    private static final Pattern ARABIC_MARK = Pattern.compile("\\((\\d{1,3})\\)");
    /**
     * A mark as older UN documents print it, a number and a slash after a space: "du 13 décembre 1991 2/,"
     * (the space goes with it). Only a number a note has qualifies.
     */
    private static final String SLASH = "\\s(\\d{1,3})/(?=[\\s,.;:)]|$)";
    private static final Pattern GLUED_OR_SLASH = Pattern.compile(GLUED.pattern() + "|" + SLASH);
    private static final Pattern ARABIC_OR_SLASH = Pattern.compile(ARABIC_MARK.pattern() + "|" + SLASH);
    /**
     * A number between Chinese characters or after closing punctuation, where pdftotext flattened a
     * superscript: "《行动纲领》1的相关规定", "第 13/23 号决议3和". Only the note expected next qualifies
     * (see {@link NoteTable#nextLabel}), so "第1号决议" stays text; none before one of the language's counters.
     */
    private static String cjkMarkPattern(String counters) {
        return "(?<=[\\p{IsHan}》」』”）)，、；：。])\\s?(\\d{1,3})\\s?(?=[\\p{IsHan}《「『“（，、；：。])(?!" + counters + ")"
                // at a line's end only glued to its word: "决议3" is a mark, "2010 年 3" wrapped before "月" a date
                // (or its punctuation: "特别是：11", "报告；12")
                + "|(?<=[\\p{IsHan}》」』”）)，、；：。])(\\d{1,3})(?=\\s*$)";
    }

    /** Each language's two counter patterns. */
    private static final java.util.Map<org.rapporteur.model.Language, Pattern> UNITS = NoteLabels.byCounters(c -> "\\s*" + c);
    private static final java.util.Map<org.rapporteur.model.Language, Pattern> CJK_MARKS =
            NoteLabels.byCounters(MarkResolver::cjkMarkPattern);

    private final NoteTable notes;
    private final Script script;
    private final List<Warning> warnings;

    /** A number after one of a language's counters is a date or a quantity, never a mark: "3 月". */
    private final Pattern unit;
    private final Pattern cjkMark;

    MarkResolver(NoteTable notes, LanguageProfile profile, List<Warning> warnings) {
        this.notes = notes;
        this.script = profile.language().script();
        this.unit = UNITS.get(profile.language());
        this.cjkMark = CJK_MARKS.get(profile.language());
        this.warnings = warnings;
    }

    /**
     * Two marks set side by side, "⁴⁵", read as one number: split where both halves are notes, the second
     * the one after the first (45 is notes 4 and 5 when there is no note 45). Null where no split fits.
     */
    private List<String> adjacent(String label) {
        for (int k = 1; k < label.length(); k++) {
            String a = label.substring(0, k);
            String b = label.substring(k);
            if (!b.startsWith("0") && notes.has(a) && notes.has(b) && Integer.parseInt(b) == Integer.parseInt(a) + 1) {
                return List.of(a, b);
            }
        }
        return null;
    }

    List<Inline> resolve(List<Inline> content, int page) {
        return resolve(content, page, "");
    }

    /**
     * {@code following}: the text of the next line, which tells a number at this one's end from a mark: "2007年10"
     * before "月举行" is a month.
     */
    List<Inline> resolve(List<Inline> content, int page, String following) {
        List<Inline> out = new ArrayList<>();
        for (int k = 0; k < content.size(); k++) {
            Inline i = content.get(k);
            if (i instanceof Mark m) {
                List<String> split = m.label().length() > 1 && !notes.has(m.label()) ? adjacent(m.label()) : null;
                if (notes.has(m.label())) {
                    out.add(new NoteRef(notes.resolve(m.label(), page)));
                } else if (split != null) {
                    split.forEach(label -> out.add(new NoteRef(notes.resolve(label, page))));
                } else {
                    warnings.add(new Warning(Warning.Kind.ORPHAN_MARK,
                            "reference mark " + m.label() + " on page " + page + " has no footnote; kept as text"));
                    out.add(new Text(m.label()));
                }
            } else if (i instanceof Text t) {
                out.addAll(inText(t.text(), page, k == content.size() - 1 ? following : ""));
            } else if (i instanceof Emphasis e) {
                out.add(new Emphasis(e.style(), resolve(e.content(), page)));
            } else {
                out.add(i);
            }
        }
        return Inlines.normalize(out);
    }

    /**
     * Whether the next line shows a number at this one's end to be no mark: a counter after it ("2007年10"
     * before "月举行"), or, where the number follows a character rather than punctuation, more digits (a
     * layout that breaks a number: "宣布2" before "021-2030年").
     */
    private boolean numberGoesOn(String following, boolean afterCharacter) {
        return unit.matcher(following).lookingAt()
                || afterCharacter && !following.isEmpty() && NoteLabels.digit(following.charAt(0));
    }

    private List<Inline> inText(String text, int page, String following) {
        Pattern p = script == Script.ARABIC ? ARABIC_OR_SLASH
                : script == Script.LATIN || script == Script.CYRILLIC ? GLUED_OR_SLASH : cjkMark;
        List<Inline> out = new ArrayList<>();
        // The patterns start with a look-behind, tried by find() at every character: a tenth of a text
        // document's time. Every mark they find starts at the first digit of a run of digits or on the one
        // character before it ("\s?1", " 1/", "(1)"), so only those places are tried, in order, and the
        // search goes on after each match as find() would: the same matches, found at a fraction of the cost.
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int last = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!NoteLabels.digit(text.charAt(i)) || (i > 0 && NoteLabels.digit(text.charAt(i - 1)))) {
                continue;
            }
            for (int at = Math.max(i - 1, from); at <= i; at++) {
                m.region(at, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                from = m.end();
                String label = m.group(1) != null ? m.group(1) : m.group(2);
                boolean plausible = p == cjkMark ? notes.isNext(label) && !(m.group(2) != null
                        && numberGoesOn(following, m.start() > 0 && Script.isCjk(text.codePointBefore(m.start()))))
                        : notes.plausibleGluedMark(label);
                if (plausible) {
                    out.add(new Text(text.substring(last, m.start())));
                    out.add(new NoteRef(notes.resolve(label, page)));
                    last = m.end();
                }
                break;
            }
        }
        out.add(new Text(text.substring(last)));
        return out;
    }
}
