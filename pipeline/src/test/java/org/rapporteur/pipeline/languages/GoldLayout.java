package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a gold resolution (score.py's expected shape, as {@code unxml_gold.py} makes it from a UN AKN4UN
 * file) out as the clean extracted text UN PDFs give: masthead lines, the title line, the formula,
 * paragraphs with superscript marks, and each note body dropped where its page would have ended.
 */
final class GoldLayout {
    private static final Pattern REF = Pattern.compile("\\[\\^(\\w+)\\]");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private GoldLayout() {
    }

    static String asText(JsonNode g) {
        StringBuilder out = heading(g);
        List<String> pending = new ArrayList<>();
        for (String p : bodyParagraphs(g, new ArrayList<>())) {
            paragraph(out, p, g, pending);
        }
        closingLines(g).forEach(l -> out.append(l).append('\n'));
        afterClosing(g).forEach(p -> out.append('\n').append(p).append('\n'));
        return out.toString();
    }

    /** The vote labels each language prints, in favour / against / abstaining. */
    private static final java.util.Map<String, List<String>> VOTE_LABELS = java.util.Map.of(
            "zh", List.of("赞成：", "反对：", "弃权："),
            "en", List.of("In favour:", "Against:", "Abstaining:"),
            "fr", List.of("Ont voté pour :", "Ont voté contre :", "Se sont abstenus :"),
            "es", List.of("Votos a favor:", "Votos en contra:", "Abstenciones:"),
            "ru", List.of("Голосовали за:", "Голосовали против:", "Воздержались:"),
            "ar", List.of("المؤيدون:", "المعارضون:", "الممتنعون:"));

    /**
     * The closing lines in the order the source prints them: the UN's AKN4UN files (and their PDFs) put the
     * meeting first, "38th plenary meeting" then "21 November 2023"; the Chinese seeds the date first.
     */
    static List<String> closingLines(JsonNode g) {
        String date = g.path("date").asText();
        String meeting = g.path("meeting").asText();
        return g.path("source").asText().endsWith(".xml") ? List.of(meeting, date) : List.of(date, meeting);
    }

    /**
     * An operative number as the source prints it: "1. ", Arabic "1 - " in the General Assembly's files and
     * "1- " in the Council's (A/HRC/RES/55/14 in Arabic writes {@code <num>1-</num>}).
     */
    static String printedNumber(JsonNode g, String num) {
        if (!g.path("lang").asText().equals("ar")) {
            return num + ". ";
        }
        return g.path("symbol").asText().startsWith("A/HRC/") ? num + "- " : num + " - ";
    }

    static List<String> voteLabels(String lang) {
        return VOTE_LABELS.get(lang);
    }

    /**
     * What follows the closing date and meeting, each a paragraph as printed: the adoption note, or the
     * recorded vote (its summary, then each label and its members, the whole record in brackets).
     */
    static List<String> afterClosing(JsonNode g) {
        List<String> out = new ArrayList<>();
        if (g.hasNonNull("adoption_note")) {
            out.add(g.path("adoption_note").asText());
        }
        JsonNode vote = g.path("vote");
        if (vote.isObject()) {
            String lang = g.path("lang").asText();
            String separator = lang.equals("zh") ? "、" : lang.equals("ar") ? "، " : ", ";
            List<String> labels = voteLabels(lang);
            out.add(vote.path("summary").asText());
            List<String> sides = List.of("yes", "no", "abstain");
            for (int k = 0; k < 3; k++) {
                List<String> members = new ArrayList<>();
                vote.path(sides.get(k)).forEach(m -> members.add(m.asText()));
                out.add(labels.get(k));
                out.add(String.join(separator, members) + (k == 2 ? "]" : ""));
            }
        }
        return out;
    }

    /** Masthead lines, the title line and the formula, each a paragraph. */
    private static StringBuilder heading(JsonNode g) {
        StringBuilder out = new StringBuilder();
        for (JsonNode m : g.path("masthead")) {
            out.append(m.asText()).append("\n\n");
        }
        String title = g.path("title").asText();
        boolean arabic = g.path("lang").asText().equals("ar");
        out.append(g.path("number").asText()).append(arabic && title.startsWith("-") ? " " : ". ").append(title).append("\n\n");
        return out.append(g.path("formula").asText()).append("\n\n");
    }

    /** Preambular paragraphs, then numbered operative ones and their points; {@code operative} says which is which. */
    private static List<String> bodyParagraphs(JsonNode g, List<Boolean> operative) {
        List<String> paragraphs = new ArrayList<>();
        g.path("preamble").forEach(p -> {
            paragraphs.add(p.asText());
            operative.add(false);
        });
        for (JsonNode o : g.path("operative")) {
            paragraphs.add(printedNumber(g, o.path("num").asText()) + o.path("text").asText());
            operative.add(true);
            o.path("points").forEach(pt -> {
                // a point without a number is the list's wrap-up text
                paragraphs.add((pt.path("num").asText() + " " + pt.path("text").asText()).strip());
                operative.add(true);
            });
        }
        return paragraphs;
    }

    /** A paragraph, then the bodies of the notes it referenced first, as a page end would drop them. */
    private static void paragraph(StringBuilder out, String text, JsonNode g, List<String> seen) {
        Matcher m = REF.matcher(text);
        StringBuilder sb = new StringBuilder();
        List<String> fresh = new ArrayList<>();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(superscript(m.group(1))));
            if (!seen.contains(m.group(1))) {
                seen.add(m.group(1));
                fresh.add(m.group(1));
            }
        }
        m.appendTail(sb);
        out.append(sb).append("\n\n");
        for (String label : fresh) {
            out.append(superscript(label)).append(' ').append(g.path("footnotes").path(label).asText()).append("\n\n");
        }
    }


    /**
     * The clean style as the seeds 001 and 002 show it at its hardest: a page ends inside a paragraph,
     * the notes of that page dropped there, the page's footer (job number, "2/5") and the next page's
     * running header (the symbol) around three blank lines, the paragraph resuming after them, and
     * operative paragraphs separated by a single line break.
     */
    static String asBrokenPages(JsonNode g) {
        return asBrokenPages(g, g.path("lang").asText().matches("zh|ja") ? 700 : 1800);
    }

    /** {@link #asBrokenPages(JsonNode)} with pages of {@code page} characters. */
    static String asBrokenPages(JsonNode g, int page) {
        return asBrokenPages(g, page, false);
    }

    /**
     * {@link #asBrokenPages(JsonNode, int)}; with {@code notesInVote} the last page's notes are dropped
     * inside the recorded vote, as in the seed 004: in the middle of the members in favour, the list going
     * on after them.
     */
    static String asBrokenPages(JsonNode g, int page, boolean notesInVote) {
        boolean cjk = g.path("lang").asText().matches("zh|ja");
        StringBuilder out = heading(g);
        List<Boolean> operative = new ArrayList<>();
        List<String> paragraphs = bodyParagraphs(g, operative);
        List<String> seen = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int room = page;
        int pages = 0;
        // The job number the UN prints in the footer, from the file name: A_RES_78_10-2323443F.xml is 23-23443.
        Matcher jobNo = Pattern.compile("-(\\d{2})(\\d{5})").matcher(g.path("source").asText());
        String job = jobNo.find() ? jobNo.group(1) + "-" + jobNo.group(2) : "24-00001";
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            while (text.length() > room) {
                int cut = cut(text, room, cjk);
                if (cut <= 0) {
                    break;
                }
                out.append(marks(text.substring(0, cut), seen, pending)).append("\n\n");
                for (String label : pending) {
                    out.append(superscript(label)).append(' ').append(g.path("footnotes").path(label).asText()).append("\n\n");
                }
                pending.clear();
                pages++;
                out.append(job).append("\n\n").append(pages).append("/\u0000\n\n\n\n").append(g.path("symbol").asText())
                        .append("\n\n");
                text = text.substring(cut).stripLeading();
                room = page;
            }
            room -= text.length();
            out.append(marks(text, seen, pending));
            boolean nextOperative = i + 1 < paragraphs.size() && operative.get(i + 1) && operative.get(i);
            out.append(nextOperative ? "\n" : "\n\n");
        }
        StringBuilder notes = new StringBuilder();
        for (String label : pending) {
            notes.append(superscript(label)).append(' ').append(g.path("footnotes").path(label).asText()).append("\n\n");
        }
        List<String> after = afterClosing(g);
        // the members in favour: the paragraph after the summary and the first label
        int yes = after.indexOf(g.path("vote").path("summary").asText()) + 2;
        boolean inVote = notesInVote && yes >= 2 && notes.length() > 0;
        if (!inVote) {
            out.append(notes);
        }
        closingLines(g).forEach(l -> out.append(l).append('\n'));
        for (int k = 0; k < after.size(); k++) {
            String p = after.get(k);
            if (inVote && k == yes) {
                String separator = g.path("lang").asText().equals("zh") ? "、" : g.path("lang").asText().equals("ar") ? "، " : ", ";
                int half = p.indexOf(separator, p.length() / 2);
                if (half > 0) {
                    half += separator.length();
                    out.append('\n').append(p.substring(0, half).strip()).append("\n\n").append(notes).append(p.substring(half).strip()).append('\n');
                    continue;
                }
                out.append('\n').append(p).append("\n\n").append(notes);
                continue;
            }
            out.append('\n').append(p).append('\n');
        }
        return out.toString().replace("\u0000", String.valueOf(pages + 1));
    }

    /** Where a page of {@code room} characters ends in {@code text}: a word boundary (any character in CJK), never before a mark. */
    private static int cut(String text, int room, boolean cjk) {
        for (int i = Math.min(room, text.length() - 1); i > 20; i--) {
            boolean boundary = cjk ? han(text.codePointAt(i)) && (han(text.codePointBefore(i)) || text.charAt(i - 1) == '，')
                    : text.charAt(i) == ' ' && Character.isLetter(text.charAt(i + 1));
            if (boundary && !text.startsWith("[^", i) && !text.substring(0, i).matches("(?s).*\\[\\^\\w*$")) {
                return i;
            }
        }
        return -1;
    }

    /** The text with its marks as superscripts; notes first referenced here join {@code pending}. */
    private static String marks(String text, List<String> seen, List<String> pending) {
        Matcher m = REF.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(superscript(m.group(1))));
            if (!seen.contains(m.group(1))) {
                seen.add(m.group(1));
                pending.add(m.group(1));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The pdftotext style of the seeds 000 and 003: wrapped lines each followed by a blank line, a
     * paragraph opening with a space and ending with one, a reference mark alone on its own line, and
     * after every few paragraphs a "page end": a line of spaces, then each note as its number on one line
     * and its text on the next, the body resuming with two leading spaces. With {@code midParagraph} each
     * page ends after the second line of a paragraph instead, which then resumes on the next page, and
     * Arabic keeps its marks inline as superscripts ("(¹)", its gold writes the mark inside brackets);
     * without, an Arabic mark stands alone on its line between "(" and ")" as any other.
     */
    static String asSpacedText(JsonNode g, boolean midParagraph) {
        return asSpacedText(g, midParagraph, 6, 2, 0);
    }

    /**
     * {@link #asSpacedText(JsonNode, boolean)} with lines of {@code width} columns (0: 36 in Chinese, 84
     * otherwise), a page end after every {@code period} paragraphs that
     * leave notes to set, and with {@code midParagraph} after the paragraph's line {@code cutLine}.
     */
    static String asSpacedText(JsonNode g, boolean midParagraph, int period, int cutLine, int width) {
        boolean arabic = g.path("lang").asText().equals("ar");
        boolean cjk = g.path("lang").asText().matches("zh|ja");
        StringBuilder out = new StringBuilder();
        String title = g.path("title").asText();
        spacedParagraph(out, g.path("number").asText() + (arabic && title.startsWith("-") ? " " : ". ") + title, cjk, arabic, false, width);
        spacedParagraph(out, g.path("formula").asText(), cjk, arabic, false, width);
        List<String> paragraphs = bodyParagraphs(g, new ArrayList<>());
        List<String> seen = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean resume = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Matcher m = REF.matcher(paragraphs.get(i));
            List<String> fresh = new ArrayList<>();
            while (m.find()) {
                if (!seen.contains(m.group(1))) {
                    seen.add(m.group(1));
                    pending.add(m.group(1));
                    fresh.add(m.group(1));
                }
            }
            StringBuilder para = new StringBuilder();
            // Arabic marks, printed inside brackets, "(¹)": alone on their lines in one layout, inline in the other
            spacedParagraph(para, paragraphs.get(i), cjk, arabic && midParagraph, resume, width);
            resume = false;
            boolean pageEnds = (i % period == period - 1 || i == paragraphs.size() - 1) && !pending.isEmpty();
            // The paragraph's line cutLine, when it is text (not a mark alone) and more follows.
            int cut = midParagraph && pageEnds ? textLineEnd(para, cutLine) : -1;
            if (cut > 0) {
                String first = para.substring(0, cut);
                // A note goes on the page of its mark: those marked after the cut wait for the next page end.
                List<String> later = fresh.stream().filter(l -> !marked(first, l)).toList();
                pending.removeAll(later);
                out.append(first);
                pageEnd(out, g, pending);
                pending.addAll(later);
                out.append("  ").append(para.substring(cut).stripLeading());
            } else {
                out.append(para);
                if (pageEnds) {
                    pageEnd(out, g, pending);
                    resume = true;
                }
            }
        }
        if (!pending.isEmpty()) {
            pageEnd(out, g, pending);
        }
        closingLines(g).forEach(l -> out.append(l).append(" \n"));
        for (String p : afterClosing(g)) {
            spacedParagraph(out, p, cjk, arabic, false, width);
        }
        return out.toString();
    }

    private static void pageEnd(StringBuilder out, JsonNode g, List<String> pending) {
        out.append(" ".repeat(59)).append('\n');
        for (String label : pending) {
            out.append(label).append('\n').append(' ').append(g.path("footnotes").path(label).asText()).append(" \n");
        }
        pending.clear();
    }

    /** Whether spaced text has the mark {@code label}: alone on its line, or as superscripts (Arabic). */
    private static boolean marked(String text, String label) {
        return ("\n" + text).contains("\n" + label + " \n") || text.contains(superscript(label));
    }

    /**
     * Where the paragraph's line {@code n} (with its blank line) ends, if it, the lines before it and the
     * next are text (no mark alone) and more follows; else -1.
     */
    private static int textLineEnd(StringBuilder para, int n) {
        String[] units = para.toString().split("(?<=\n\n)");
        if (units.length < n + 1) {
            return -1;
        }
        int end = 0;
        for (int k = 0; k <= n; k++) {
            if (units[k].strip().matches("\\d+")) {
                return -1;
            }
            end += k < n ? units[k].length() : 0;
        }
        return end;
    }

    /** {@code inlineMarks}: marks stay in the line as superscripts instead of standing alone on theirs. */
    private static void spacedParagraph(StringBuilder out, String text, boolean cjk, boolean inlineMarks, boolean resume,
                                        int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher m = REF.matcher(text);
        int last = 0;
        List<String> pieces = new ArrayList<>();
        while (m.find()) {
            pieces.add(text.substring(last, m.start()));
            pieces.add("\u0000" + m.group(1));
            last = m.end();
        }
        pieces.add(text.substring(last));
        int width = columns > 0 ? columns : cjk ? 36 : 84;
        for (String piece : pieces) {
            if (piece.startsWith("\u0000")) {
                if (inlineMarks) {
                    line.append(superscript(piece.substring(1)));
                } else {
                    lines.add(line.toString());
                    lines.add("\u0000" + piece.substring(1));
                    line.setLength(0);
                }
                continue;
            }
            List<String> tokens = cjk ? cjkTokens(piece) : List.of(piece.split("(?<= )"));
            for (String t : tokens) {
                if (line.length() + t.length() > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() == 0 && !lines.isEmpty() && lines.get(lines.size() - 1).startsWith("\u0000")) {
                    t = t.stripLeading();
                }
                line.append(t);
            }
        }
        lines.add(line.toString());
        boolean first = true;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.isBlank() && !l.startsWith("\u0000")) {
                continue;
            }
            if (l.startsWith("\u0000")) {
                out.append(l.substring(1)).append(" \n\n");
                continue;
            }
            String body = first ? (resume ? "  " : " ") + l.stripLeading() : l.stripLeading();
            first = false;
            boolean lastLine = k == lines.size() - 1;
            out.append(lastLine ? body.stripTrailing() + " " : body.stripTrailing()).append("\n\n");
        }
    }

    /**
     * Chinese text as a typesetter wraps it: between any two characters, but never inside a Latin word
     * or a number (COVID-19, 1993), and never before closing punctuation, which stays with what it closes.
     */
    private static List<String> cjkTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = CJK_TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (!tokens.isEmpty() && CLOSING.indexOf(t.charAt(0)) >= 0) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + t);
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static final Pattern CJK_TOKEN = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-./]*|.", Pattern.DOTALL);
    private static final String CLOSING = "，。、；：？！）》」』”’,.;:)";

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static String superscript(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(Character.isDigit(c) ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        return sb.toString();
    }
}
