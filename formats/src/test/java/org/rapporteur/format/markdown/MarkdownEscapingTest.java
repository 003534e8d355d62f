package org.rapporteur.format.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.VoteGroup;

/**
 * Document text never becomes Markdown structure. Each hostile text is put everywhere text goes (title,
 * heading, preambular and operative paragraphs, a bulleted point, a note, a vote's member) and the Markdown
 * is read back by flexmark (CommonMark) and by pandoc, as its own Markdown and as {@code commonmark_x}: the
 * same blocks come back, each with the same text. Pandoc's "smart" typography (curly quotes, dashes) is
 * turned off there, being a rendering choice and not structure.
 */
class MarkdownEscapingTest {
    private static final Parser FLEXMARK;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        FLEXMARK = Parser.builder(options).build();
    }

    static Stream<String> hostile() {
        return Stream.of("- a list item", "* a star", "+ plus", "# a heading", "## two", "---", "***", "___", "1. numbered",
                "2) closing bracket", "> a quote", "| a | table |", "<div>raw html</div>", "<!-- a comment -->",
                "&amp; an entity &#38; &copy;", "a title #", "ends ##", "*star* and _under_", "`code`", "[x]: /url",
                "[^9] a made-up note", "[link](http://example.org)", "~sub~ ^sup^ $x$ math", "@smith says",
                "a :smile: emoji", ": a definition", "~~~ a fence", "``` a fence", "=== setext", "\\ a backslash \\",
                "**", "an\u001Bescape and a\u0007bell", "two\nlines\r\nhere", "https://example.org <http://x.org>",
                "% not a title", "::: div", "(@) example", "x^[inline note]", "a <b>bold</b> tag", "    indented");
    }

    /** What a reader should see of {@code s}: controls dropped, line breaks as spaces. */
    private static String seen(String s) {
        return s.replaceAll("\\r\\n|[\\r\\n]", " ").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }

    private static Document document(String s) {
        Note note = new Note("1", List.of(new Text(s)));
        return Document.of(Metadata.EMPTY.with(Field.NUMBER, "78/1").with(Field.TITLE, s), List.of(
                new Preambular(List.of(new Text(s), new NoteRef(note))),
                new Operative("1", List.of(new Text(s)), List.of(new SubParagraph(SubParagraph.BULLET, List.of(new Text(s))))),
                new Heading(s),
                new RecordedVote("Recorded vote", List.of(new VoteGroup(VoteGroup.Kind.IN_FAVOUR, "In favour:",
                        List.of(s, "Chile"), OptionalInt.empty())))));
    }

    /** The blocks a reader should find, as "kind: text". */
    private static List<String> expected(String s) {
        String t = seen(s);
        return List.of("p: " + t + "[1]", "ol: " + t, "ul: " + t, "h2: " + t, "p: Recorded vote",
                "p: In favour:", "ul: " + t, "ul: Chile", "note: " + t);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void flexmarkReadsTheSameBlocksAndText(String s) {
        String md = new MarkdownWriter().render(document(s));
        List<String> blocks = new ArrayList<>();
        flexmark(FLEXMARK.parse(body(md)), blocks, "");
        assertThat(blocks).as(md).containsExactlyElementsOf(expected(s));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void theFrontMatterIsYamlWithTheTitleAsWritten(String s) throws IOException {
        String md = new MarkdownWriter().render(document(s));
        String yaml = md.substring(4, md.indexOf("\n---\n", 4));
        JsonNode front = new YAMLMapper().readTree(yaml);
        assertThat(front.get("title").asText()).isEqualTo(document(s).metadata().printedTitle().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void pandocReadsTheSameBlocksAndText(String s) throws Exception {
        String md = body(new MarkdownWriter().render(document(s)));
        for (String from : List.of("markdown-smart", "commonmark_x-smart")) {
            JsonNode ast = pandoc(md, from);
            List<String> blocks = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (JsonNode b : ast.get("blocks")) {
                pandocBlock(b, blocks, notes, "");
            }
            blocks.addAll(notes);
            assertThat(blocks).as(from + "\n" + md).containsExactlyElementsOf(expected(s));
        }
    }

    /** The Markdown after its front matter (which pandoc reads as metadata, flexmark as a rule and text). */
    private static String body(String md) {
        return md.substring(md.indexOf("\n---\n", 4) + 5);
    }

    private static void flexmark(Node node, List<String> out, String list) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            String kind = switch (n.getClass().getSimpleName()) {
                case "Heading" -> "h" + ((com.vladsch.flexmark.ast.Heading) n).getLevel();
                case "Paragraph" -> list.isEmpty() ? "p" : list;
                case "FootnoteBlock" -> "note";
                default -> null;
            };
            if (n instanceof com.vladsch.flexmark.ast.OrderedList) {
                flexmark(n, out, "ol");
            } else if (n instanceof com.vladsch.flexmark.ast.BulletList) {
                flexmark(n, out, "ul");
            } else if (n instanceof com.vladsch.flexmark.ast.ListItem) {
                flexmark(n, out, list);
            } else if (n instanceof FootnoteBlock) {
                out.add("note: " + text(n).strip());
            } else if (kind != null) {
                out.add(kind + ": " + text(n).strip());
            } else {
                out.add("unexpected " + n.getClass().getSimpleName() + ": " + n.getChars());
            }
        }
    }

    private static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof com.vladsch.flexmark.ext.footnotes.Footnote f) {
                sb.append('[').append(f.getText()).append(']');
            } else {
                sb.append(new TextCollectingVisitor().collectAndGetText(c));
            }
        }
        return sb.toString();
    }

    private static JsonNode pandoc(String md, String from) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pandoc", "-f", from, "-t", "json").start();
        } catch (IOException e) {
            assumeTrue(false, "pandoc is absent (.ci/run installs it): test skipped");
            throw e;
        }
        p.getOutputStream().write(md.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] json = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        return new ObjectMapper().readTree(json);
    }

    private static void pandocBlock(JsonNode b, List<String> out, List<String> notes, String list) {
        String t = b.get("t").asText();
        JsonNode c = b.get("c");
        switch (t) {
            case "Header" -> out.add("h" + c.get(0).asInt() + ": " + inlines(c.get(2), notes).strip());
            case "Para", "Plain" -> out.add((list.isEmpty() ? "p" : list) + ": " + inlines(c, notes).strip());
            case "OrderedList" -> c.get(1).forEach(item -> item.forEach(x -> pandocBlock(x, out, notes, "ol")));
            case "BulletList" -> c.forEach(item -> item.forEach(x -> pandocBlock(x, out, notes, "ul")));
            default -> out.add("unexpected " + t + ": " + c);
        }
    }

    private static String inlines(JsonNode list, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode i : list) {
            String t = i.get("t").asText();
            JsonNode c = i.get("c");
            switch (t) {
                case "Str" -> sb.append(c.asText());
                case "Space", "SoftBreak" -> sb.append(' ');
                case "Note" -> {
                    List<String> body = new ArrayList<>();
                    c.forEach(block -> pandocBlock(block, body, new ArrayList<>(), ""));
                    notes.add("note: " + String.join(" | ", body).replaceFirst("^p: ", ""));
                    sb.append('[').append(notes.size()).append(']');
                }
                case "Emph", "Strong" -> sb.append(inlines(c, notes));
                default -> sb.append("{").append(t).append("}");
            }
        }
        return sb.toString();
    }
}
