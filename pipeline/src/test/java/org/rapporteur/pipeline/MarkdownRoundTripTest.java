package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.markdown.MarkdownWriter;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Note;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;

/**
 * The Markdown parses back with flexmark (footnotes extension) to the same paragraphs, the same
 * reference points and the same notes.
 */
class MarkdownRoundTripTest {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    static java.util.stream.Stream<Path> seeds() throws java.io.IOException {
        return SeedGoldenTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void paragraphsAndNotesSurviveAFlexmarkParse(Path seed) throws Exception {
        Document doc = new Converter(Pipeline.standard(), List.of(), new ReadOptions(Optional.empty())).read(seed);
        Node md = PARSER.parse(new MarkdownWriter().render(doc));

        Map<String, String> parsedNotes = new LinkedHashMap<>();
        List<String> parsedParagraphs = new ArrayList<>();
        collect(md, parsedParagraphs, parsedNotes);

        List<Note> notes = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (var b : doc.blocks()) {
            List<Inline> content = b instanceof Preambular p ? p.content() : b instanceof Operative o ? o.content() : null;
            if (content != null) {
                Inlines.collectNotes(content, notes);
                expected.add(withNumbers(content, notes));
            }
        }
        assertThat(parsedParagraphs).containsAll(expected);
        List<String> distinct = notes.stream().distinct().map(n -> Inlines.plainText(n.content())).toList();
        assertThat(parsedNotes.values()).containsExactlyElementsOf(distinct);
    }

    /** Paragraph texts with footnote references as [^n]; footnote definitions by label. */
    private static void collect(Node node, List<String> paragraphs, Map<String, String> notes) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof FootnoteBlock fb) {
                notes.put(fb.getText().toString(), new TextCollectingVisitor().collectAndGetText(fb).strip());
            } else if (c instanceof com.vladsch.flexmark.ast.Paragraph p) {
                paragraphs.add(text(p));
            } else {
                collect(c, paragraphs, notes);
            }
        }
    }

    private static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Footnote f) {
                sb.append("[^").append(f.getText()).append(']');
            } else if (c instanceof com.vladsch.flexmark.ast.Text || c instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
                sb.append(c.getChars().unescape());
            } else {
                sb.append(text(c));
            }
        }
        return sb.toString();
    }

    private static String withNumbers(List<Inline> content, List<Note> order) {
        List<Note> distinct = order.stream().distinct().toList();
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof org.rapporteur.model.NoteRef r) {
                sb.append("[^").append(distinct.indexOf(r.note()) + 1).append(']');
            } else {
                sb.append(Inlines.plainText(List.of(i)));
            }
        }
        return sb.toString();
    }
}
