package org.rapporteur.format.text;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.rapporteur.format.DocumentReader;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.LineLayout;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Warning;

/**
 * Reads text extracted from a resolution PDF into lines: form feeds are page breaks, page headers and
 * footers stay as lines for the furniture stage, and the style's paragraph cues become
 * {@link LineLayout#breakBefore()}.
 */
public final class TextReader implements DocumentReader {
    /** A line of spaces at least this long is the separator above footnotes in SPACED text. */
    private static final int RULE_SPACES = 10;
    /** Invisible direction controls: embeddings, isolates and the left-to-right, right-to-left and Arabic marks. */
    private static final java.util.regex.Pattern BIDI_CONTROLS = java.util.regex.Pattern.compile("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");
    /** In BLOCKS text, this many blank lines in a row are a page break. */
    private static final int PAGE_BREAK_BLANKS = 3;

    @Override
    public Document read(byte[] bytes, String name, ReadOptions options) throws ConversionException {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, options.encoding());
        } catch (CharacterCodingException e) {
            throw new ConversionException(options.encoding().map(cs -> "not text in " + cs + ": " + e.getMessage()
                    + " (--encoding was given)").orElse("not text: " + e.getMessage()), e);
        }
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) {
            throw new ConversionException("binary data, not text (NUL bytes)");
        }
        // What no output format can carry (a vertical tab, an escape) is no text: dropped, with a warning;
        // form feeds stay, they are page breaks.
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        String cleaned = java.util.Arrays.stream(normal.split("\f", -1)).map(Inlines::xmlSafe)
                .collect(java.util.stream.Collectors.joining("\f"));
        Document doc = Document.of(Metadata.EMPTY.with(Field.SOURCE, name), lines(cleaned));
        if (decoded.replaced() > 0) {
            doc = doc.withWarnings(List.of(new Warning(Warning.Kind.ENCODING, decoded.replaced()
                    + " byte sequence(s) that are not UTF-8 in a UTF-8 file were replaced by U+FFFD; --encoding reads"
                    + " the file in another encoding if it is one")));
        }
        int forbidden = normal.length() - cleaned.length();
        if (forbidden > 0) {
            // (a vertical tab, an escape…: no output format can carry them, and they are no text)
            doc = doc.withWarnings(List.of(new Warning(Warning.Kind.ENCODING,
                    forbidden + " control character(s) that XML cannot carry were dropped")));
        }
        return doc;
    }

    /** The text's lines, style detected from the whole text. */
    public static List<Line> lines(String text) {
        // poppler wraps every right-to-left run in embedding controls (U+202B … U+202C), other extractions
        // leave direction marks (U+200F): they carry no text.
        String[] pages = withoutBidiControls(text).replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\f", -1);
        List<String> all = new ArrayList<>();
        for (String p : pages) {
            all.addAll(List.of(p.split("\n", -1)));
        }
        TextStyle style = TextStyle.detect(all);
        List<Line> out = new ArrayList<>();
        int pageNo = 1;
        for (String page : pages) {
            pageNo = readPage(page, pageNo, style, out) + 1;
        }
        return out;
    }

    /** {@code text} without {@link #BIDI_CONTROLS}; as it is (not searched by the pattern) where it has none. */
    private static String withoutBidiControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                    || c == '\u061C') {
                return BIDI_CONTROLS.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** Reads one form-feed page from {@code pageNo} on; returns the number of its last page. */
    private static int readPage(String page, int pageNo, TextStyle style, List<Line> out) {
        String[] raw = page.split("\n", -1);
        boolean pendingBreak = false;
        int blanks = 0;
        boolean content = false;
        int previousIndent = 0;
        for (int y = 0; y < raw.length; y++) {
            String l = raw[y];
            if (l.isBlank()) {
                blanks++;
                // SPACED text puts an empty line after every line; only a line of a few spaces ends a paragraph
                // there, a long one is the footnote separator. In BLOCKS text any blank line ends a paragraph.
                if (l.length() >= RULE_SPACES && style == TextStyle.SPACED) {
                    out.add(new Line(pageNo, List.of(), LineLayout.rule(LineLayout.text(0, y).build())));
                    pendingBreak = false;
                } else if (style == TextStyle.BLOCKS || !l.isEmpty()) {
                    pendingBreak = true;
                }
                continue;
            }
            // Clean extraction shows a page break as a run of blank lines (three in the UN's), where a
            // paragraph may go on; one or two blank lines only separate paragraphs.
            if (style == TextStyle.BLOCKS && blanks >= PAGE_BREAK_BLANKS && content) {
                pageNo++;
            }
            blanks = 0;
            content = true;
            String trimmed = l.strip();
            int indent = l.length() - l.stripLeading().length();
            boolean rule = trimmed.length() >= 5 && trimmed.chars().allMatch(c -> c == '_' || c == '-' || c == '─');
            // pdftotext -layout keeps a paragraph's first-line indent: a line indented deeper than the one
            // before starts a paragraph in block text too.
            boolean breakBefore = pendingBreak || (style == TextStyle.SPACED && indent > 0)
                    || (style == TextStyle.BLOCKS && indent >= 3 && indent > previousIndent);
            previousIndent = indent;
            boolean endsWithSpace = style == TextStyle.SPACED && l.endsWith(" ");
            LineLayout.Builder b = LineLayout.text(indent, y).indent(indent).breakBefore(breakBefore)
                    .endsWithSpace(endsWithSpace);
            LineLayout layout = rule ? b.buildRule() : b.build();
            out.add(new Line(pageNo, rule ? List.of() : InlineParser.parse(trimmed), layout));
            pendingBreak = false;
        }
        return pageNo;
    }
}
