package org.rapporteur.pipeline.stage.paragraphs;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.profile.Profiles;
import org.rapporteur.model.Line;

/** Where one paragraph ends and the next begins, from the layout cues the reader kept. */
final class ParagraphBreaks {
    /** Compiled once: String.split compiles its pattern on every call, on every line. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /**
     * A numbered paragraph, a lettered sub-paragraph ({@code 1. }, {@code (a) }, Arabic {@code 1 - }), in the shape
     * of any language's data ({@code numbering.lineStart}): a layout may print another language's labels.
     */
    // Labels are lower-case letters or roman numerals ((a), (iv), а), (أ)): "(XV) and other resolutions"
    // wrapped to the start of a line is a session number, not a sub-paragraph.
    private static final Pattern NUMBERED = Pattern.compile(Profiles.all().stream()
            .map(p -> p.numbering().lineStart().pattern()).distinct().collect(Collectors.joining("|", "^(?:", ")")));
    private static final Pattern OPERATIVE = Pattern.compile("^\\d{1,3}(\\.\\s|\\s*[-‐‑–]\\s)");
    /** A label line such as {@code 赞成：} or {@code In favour:} stands alone. */
    private static final Pattern LABEL = Pattern.compile("^.{1,30}[:：]$");
    /** Characters a paragraph of a resolution ends with; without one, a cut by a page or notes is not an end. */
    /** The brackets an Arabic reference mark leaves at the end of a text once the mark is set aside. */
    private static final Pattern MARK_BRACKETS = Pattern.compile("\\(\\s*\\)$");
    private static final String TERMINAL = "，,；;。.：:!?！？]）)」』\"”’»،؛؟";

    private ParagraphBreaks() {
    }

    /**
     * Whether {@code line} starts a paragraph after {@code previous} on a line of its own. {@code fullWidth}
     * is the width of the text's full lines (0 unknown): in plain text without other cues a paragraph's
     * last line is the one that stops short, ending as a paragraph ends.
     */
    static boolean startsParagraph(Line previous, Line line, int fullWidth, Cues cues) {
        String text = line.text().strip();
        String before = previous.text().strip();
        // (a line cut at a reference mark is short for another reason)
        boolean stopsShort = fullWidth > 0 && !previous.layout().measured() && width(before) < fullWidth * 0.8
                && ended(before) && !(previous.content().get(previous.content().size() - 1) instanceof org.rapporteur.model.NoteRef);
        // An adoption note or vote record ("[未经表决获得通过。]") opens with its bracket on a line of its own.
        boolean bracketOpens = fullWidth > 0 && !line.layout().measured() && text.startsWith("[");
        // Plain text without indents or blank lines (pdftotext's default mode): a full line that ends a
        // clause, then a line that opens as the language's preambular paragraphs do ("Recalling also…").
        // (not among numbered operative paragraphs, which open with their number: there a verbal adverb after a
        // comma goes on with its sentence, "…уважения к ним," | "способствуя тем самым…")
        boolean opensAfterClause = fullWidth > 0 && !line.layout().measured() && !before.isEmpty() && !cues.operative()
                && ",;،，；".indexOf(before.charAt(before.length() - 1)) >= 0 && cues.openings().opensPreambular(text);
        // The closing meeting and date on lines of their own after the last paragraph ended ("…设施和服务。" |
        // "第 45 次全体会议" | "2023 年 12 月 7 日"), in plain text that shows no paragraph ends.
        boolean closingLine = fullWidth > 0 && !line.layout().measured() && cues.closing().test(text)
                && (sentenceEnded(before) || cues.closing().test(before));
        return line.layout().breakBefore() || previous.layout().endsWithSpace() || stopsShort || bracketOpens || opensAfterClause
                || closingLine
                || numbered(text) && !citedPoint(before, text) || LABEL.matcher(before).matches()
                || (LABEL.matcher(text).matches() && sentenceEnded(before));
    }

    /** A number standing as a word at a line's end: "Article 73" (not a mark glued to its text, "session;12"). */
    private static final Pattern CITED_NUMBER = Pattern.compile("\\s\\d{1,4}$");
    /** A sub-paragraph label at a line's start: "(b) ", "(ب) ". */
    private static final Pattern POINT_START = Pattern.compile("^\\((?:\\p{IsArabic}{1,2}|[a-z]{1,4})\\)");

    /**
     * A sub-paragraph label the line wrap put at a line's start after the number it belongs to: "Article 73"
     * | "(e) of the Charter", "المادة 73" | "(ب) من الميثاق" — a citation going on, not a point. A list's
     * points follow its intro's colon or a point's semicolon, never a bare number.
     */
    static boolean citedPoint(String before, String text) {
        return CITED_NUMBER.matcher(before.strip()).find() && POINT_START.matcher(text.strip()).lookingAt();
    }

    /** Display width: a Chinese or Japanese character takes two columns, as pdftotext lays it out. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // CJK ideographs (and extension A), kana, CJK punctuation, full-width forms: two columns
            w += (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1;
        }
        return w;
    }

    /** The width of the text's full lines: the upper quartile of line widths, 0 when there are few lines. */
    static int fullWidth(java.util.List<Line> lines) {
        // Text that marks its paragraph ends itself (pdftotext's trailing spaces) needs no guessing.
        if (lines.stream().anyMatch(l -> l.layout().endsWithSpace())) {
            return 0;
        }
        int[] widths = lines.stream().filter(l -> !l.layout().rule()).mapToInt(l -> width(l.text().strip()))
                .filter(w -> w > 0).sorted().toArray();
        return widths.length < 8 ? 0 : widths[widths.length * 3 / 4];
    }

    /**
     * What the whole text says about its paragraphs: whether it ends each with a trailing space
     * (pdftotext), and whether they open with capitals.
     */
    record Cues(boolean trailingSpaces, boolean capitalized, boolean operative,
                java.util.function.Predicate<String> closing, Openings openings) {
        static Cues of(java.util.List<Line> lines, java.util.function.Predicate<String> closing,
                       org.rapporteur.profile.PreambleOpenings openings) {
            return new Cues(lines.stream().anyMatch(l -> l.layout().endsWithSpace()), capitalizedStarts(lines), false, closing,
                    Openings.of(lines, openings));
        }

        /** The same cues once a numbered operative paragraph has been read. */
        Cues inOperativePart() {
            return operative ? this : new Cues(trailingSpaces, capitalized, true, closing, openings);
        }

        /** The same cues once the closing date or meeting has been read: no operative paragraph follows. */
        Cues afterOperativePart() {
            return operative ? new Cues(trailingSpaces, capitalized, false, closing, openings) : this;
        }
    }

    /**
     * Whether a measured line stopped short of the column's edge by more than the next line's first word
     * needs: where that word would have fitted, the paragraph ended there ("(ii) Recommendations to States,"
     * | "and to present the report…" at the top of the next page).
     */
    static boolean endedShort(Line last, String next) {
        double slack = last.layout().slack();
        if (slack <= 0 || next.isEmpty()) {
            return false;
        }
        String word = SPACES.split(next, 2)[0];
        // about half an em a letter, a whole one for a Chinese character; a space, and an em to spare
        double need = word.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : 0.6).sum() + 1.5;
        return slack > need;
    }

    /** A line opening with a paragraph or sub-paragraph number: {@code 1. }, {@code (a) }. */
    static boolean numbered(String text) {
        return NUMBERED.matcher(text.strip()).lookingAt() || numberAlone(text);
    }

    /** A paragraph or sub-paragraph number and nothing else: {@code 1.}, {@code (a)}. */
    static boolean numberAlone(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 8) {
            return false;
        }
        java.util.regex.Matcher m = NUMBERED.matcher(t + " ");
        return m.lookingAt() && m.end() >= t.length();
    }

    /**
     * Why a decision at a page break or a note block is a guess, if it is: a new paragraph where the text
     * before stopped without any punctuation, or at a comma, and the text after opens in lower case as no
     * paragraph of the language does (not a number, label, closing line, nor "признавая"); or one paragraph
     * going on where the text before ended a sentence and the text after opens with a capital (where the
     * document's paragraphs do) or as the language's paragraphs do. In a PDF a start the layout shows (an
     * indent, a gap, a last line stopped short) is no guess.
     */
    static java.util.Optional<String> doubt(String before, Line last, Line next, boolean joined, Cues cues) {
        String b = MARK_BRACKETS.matcher(before.strip()).replaceAll("");
        String n = next.text().strip();
        if (b.isEmpty() || n.isEmpty() || numbered(n) || LABEL.matcher(n).matches()
                || cues.closing().test(n) || !Character.isLetter(n.codePointAt(0))) {
            return java.util.Optional.empty();
        }
        int first = n.codePointAt(0);
        boolean clause = endsAtComma(b);
        // (in a PDF, a first-line indent, a gap or a last line that stopped short says a paragraph starts)
        boolean measuredStart = next.layout().measured() && (next.layout().breakBefore() || endedShort(last, n));
        if (!joined && !measuredStart && Character.isLowerCase(first)
                && (!ended(b) || clause && !cues.openings().opensPreambular(n))) {
            return java.util.Optional.of("a paragraph taken to start after text that did not end");
        }
        if (joined && sentenceEnded(b) && !b.endsWith(":") && !b.endsWith("：")
                && (Character.isUpperCase(first) && cues.capitalized() || cues.openings().opensPreambular(n))) {
            return java.util.Optional.of("a paragraph taken to go on after a sentence ended");
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether a new paragraph on the same page was a guess: in extracted text that marks no paragraph (no
     * indent, no blank line, no trailing space), after a line that ended a clause (a comma), before a line
     * that opens as no paragraph does (not a number, label or closing line, not the language's opening).
     */
    static boolean doubtOnPage(Line previous, Line line, Cues cues) {
        String b = previous.text().strip();
        String n = line.text().strip();
        return !line.layout().measured() && !line.layout().breakBefore() && !previous.layout().endsWithSpace()
                && !n.isEmpty() && endsAtComma(b) && !numbered(n) && !LABEL.matcher(n).matches() && !LABEL.matcher(b).matches()
                && !cues.closing().test(n) && !cues.openings().opensPreambular(n);
    }

    /** A short line ending in a colon, as a label is: {@code 赞成：}, {@code In favour:}. */
    static boolean label(String text) {
        return LABEL.matcher(text).matches();
    }

    /** A numbered operative paragraph ({@code 1. }, Arabic {@code 1 - }), not a lettered sub-paragraph. */
    static boolean operativeNumber(String text) {
        // (also the number alone on its line, "6.", as pdftotext's default mode sets it)
        return OPERATIVE.matcher(text.strip() + " ").lookingAt();
    }

    /** Text that stops inside a sentence: at a comma, or at no punctuation at all. */
    private static boolean midSentence(String text) {
        return !ended(text) || endsAtComma(text);
    }

    /**
     * Whether the document's paragraphs open with a capital letter: nine in ten of the lines that start
     * a paragraph, of those that start with a cased letter, at least five of them. Lines right after a
     * page break or a note block are left out: whether they start a paragraph is the question.
     */
    static boolean capitalizedStarts(java.util.List<Line> lines) {
        int upper = 0;
        int lower = 0;
        for (String t : uncutStarts(lines)) {
            int c = t.codePointAt(0);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return upper >= 5 && upper >= 9 * lower;
    }

    /**
     * The text of each line that starts a paragraph where nothing else cut the text: not the first line,
     * nor one right after a page break or a note block. What the document's own paragraphs look like.
     */
    static java.util.List<String> uncutStarts(java.util.List<Line> lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line before = lines.get(i - 1);
            String t = l.text().strip();
            if (l.layout().breakBefore() && !t.isEmpty() && before.page() == l.page() && !before.layout().rule()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a sentence ended, not only a clause: a vote label ({@code 赞成：}, {@code Against:}) follows a
     * sentence or a list, while "…核可的行动，| 特别是：" is the end of the paragraph's own sentence.
     */
    private static boolean sentenceEnded(String text) {
        return ended(text) && !endsAtComma(text);
    }

    /** Text that ends at a comma (or an enumeration comma): a clause, not a sentence, ended there. */
    private static boolean endsAtComma(String text) {
        return !text.isEmpty() && ",，、،".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean ended(String text) {
        return !text.isEmpty() && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Whether a paragraph cut by a page break or a footnote block goes on in {@code next}: the text
     * before the cut does not end as a paragraph does, and the text after it does not start a new one.
     */
    /** How much of the text before a cut {@link #continuesAcrossCut} needs: its last sentence's end. */
    static final int CUT_CONTEXT = 200;

    static boolean continuesAcrossCut(String before, Line last, Line next, Cues cues) {
        // (an Arabic mark stands inside brackets, "للألفية(¹)": the text before the cut ends where they open)
        String b = MARK_BRACKETS.matcher(before.strip()).replaceAll("");
        String n = next.text().strip();
        if (b.isEmpty() || n.isEmpty()) {
            return false;
        }
        // A short line ending in a colon is a label after a sentence ended ("…如下：" | "赞成：") or when it is one
        // of the language's vote labels ("…共和国" | notes | "反对："); after a cut mid-sentence it is otherwise
        // the paragraph's own end ("…核可的" | "行动，特别是：").
        boolean label = LABEL.matcher(n).matches() && (sentenceEnded(b) || cues.closing().test(n));
        if (cues.operative() && midSentence(b) && !NUMBERED.matcher(n).lookingAt() && !label
                && !cues.closing().test(n) && !endedShort(last, n)) {
            // Among numbered operative paragraphs every new one opens with its number: unnumbered text after a
            // page break, when the text before stopped at a comma, goes on (also where no capital can tell).
            return true;
        }
        if (next.layout().measured()) {
            // Measured layout (PDF): a first-line indent or a gap says a paragraph starts, its absence that one goes
            // on; nothing goes on from a line set apart far from the margin (a right-aligned meeting line).
            return !next.layout().breakBefore() && !NUMBERED.matcher(n).lookingAt() && !label
                    && !last.layout().setApart();
        }
        // (a line ending in a reference mark says nothing: pdftotext's "6 " alone on its line, joined to
        // the line above, always ends with a space)
        boolean endsInText = !last.content().isEmpty()
                && last.content().get(last.content().size() - 1) instanceof org.rapporteur.model.Text t && !t.text().isBlank();
        if (cues.trailingSpaces() && endsInText) {
            // pdftotext ends a paragraph's last line with a space: the line before the cut says whether it ended.
            return !last.layout().endsWithSpace() && !NUMBERED.matcher(n).lookingAt() && !label;
        }
        // Where the document's paragraphs open with a capital, a lower-case start after a comma or
        // semicolon goes on with the sentence the page cut ("…Nations Unies," | "tant individuellement…").
        // (Russian preambular paragraphs open in lower case: there the document shows it, and this is off.)
        boolean goesOn = !ended(b) || cues.capitalized() && Character.isLowerCase(n.codePointAt(0)) && !b.endsWith(".");
        // Where capitals cannot tell (Russian preambles open in lower case, Arabic has none, a name is
        // capitalized anywhere), text after a cut at a comma goes on unless it opens as the document's
        // paragraphs or the language's preambular paragraphs do ("признавая…", "وإذ…", "Recalling…").
        goesOn |= ",،，".indexOf(b.charAt(b.length() - 1)) >= 0 && !cues.openings().mayOpen(n) && !cues.closing().test(n);
        return goesOn && !NUMBERED.matcher(n).lookingAt() && !label;
    }
}
