package org.rapporteur.pipeline.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.docx.DocxWriter;
import org.rapporteur.model.Document;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.html.HtmlOutputTest;

/**
 * Each sample's DOCX opened with POI as Word would: built-in styles with outline levels, the title in the
 * Title style, a real footnote for every note, page numbers in the footer, Word 2013+ compatibility mode.
 */
class DocxSeedsTest {
    static Stream<Path> seeds() throws java.io.IOException {
        return HtmlOutputTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSamplesDocxIsAModernWordDocument(Path seed) throws Exception {
        Document d = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS).read(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(d, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var styles = doc.getStyles();
            assertThat(styles.getStyle("Normal").getCTStyle().getDefault()).isNotNull();
            assertThat(styles.getStyle("Title").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getStyle).contains("Title");
            // (POI lists Word's separator footnotes too: the document's own have ids from 1)
            long notes = doc.getFootnotes().stream().filter(f -> f.getId().intValue() > 0).count();
            assertThat(notes).isEqualTo(NoteOrder.of(d).notes().size());
            assertThat(doc.getFooterList()).singleElement().satisfies(f ->
                    assertThat(f.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE"));
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains("compatibilityMode").contains("w:val=\"15\"");
        }
    }
}
