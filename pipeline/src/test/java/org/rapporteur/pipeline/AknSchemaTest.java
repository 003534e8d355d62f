package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.akn.AknWriter;
import org.rapporteur.model.Document;

/**
 * Every Akoma Ntoso output of every fixture validates against the OASIS schema in
 * {@code ../shared/schemas/akn}; skipped with a message where {@code ../shared} is absent.
 */
public class AknSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path shared = Golden.shared();
        if (shared != null) {
            schema = SchemaFactory.newDefaultInstance().newSchema(shared.resolve("schemas/akn/akomantoso30.xsd").toFile());
        }
    }

    /**
     * The seeds, the text fixtures and, where ../shared is present, the corpus PDFs and the real UN PDFs (a
     * draft's headings and bullets, a decision's unnumbered paragraph).
     */
    static List<Path> fixtures() throws Exception {
        List<Path> all = new java.util.ArrayList<>(SeedGoldenTest.seeds().toList());
        Path shared = Golden.shared();
        if (shared != null) {
            try (var pdfs = java.nio.file.Files.list(shared.resolve("corpus/pdf"))) {
                pdfs.sorted().forEach(all::add);
            }
            try (var pdfs = java.nio.file.Files.list(shared.resolve("corpus/real/pdf"))) {
                pdfs.sorted().forEach(all::add);
            }
        }
        return all;
    }

    @org.junit.jupiter.api.Test
    void generatedPdfOutputsValidate(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeTrue(schema != null, "../shared is absent: Akoma Ntoso schema validation skipped");
        assumeTrue(org.rapporteur.pipeline.pdf.PdfFixtureFiles.fontsPresent(), "fonts absent: PDF fixtures skipped");
        Converter converter = new Converter(Pipeline.standard(), List.of(), new ReadOptions(Optional.empty()));
        for (Path pdf : org.rapporteur.pipeline.pdf.PdfFixtureFiles.all(dir)) {
            validate(converter.read(pdf));
        }
    }

    @org.junit.jupiter.api.Test
    void aNoteOnlyAnotherNoteRefersToValidatesNestedThere() throws Exception {
        assumeTrue(schema != null, "../shared is absent: Akoma Ntoso schema validation skipped");
        var inner = new org.rapporteur.model.Note("2", List.of(new org.rapporteur.model.Text("Resolution 55/2.")));
        var outer = new org.rapporteur.model.Note("1", List.of(new org.rapporteur.model.Text("See"),
                new org.rapporteur.model.NoteRef(inner), new org.rapporteur.model.Text(".")));
        Document doc = Document.of(org.rapporteur.model.Metadata.EMPTY, List.of(
                new org.rapporteur.model.Preambular(List.of(new org.rapporteur.model.Text("Recalling,"),
                        new org.rapporteur.model.NoteRef(outer))),
                new org.rapporteur.model.Operative("1", List.of(new org.rapporteur.model.Text("Decides;"),
                        new org.rapporteur.model.NoteRef(outer)), List.of())));
        validate(doc);
    }

    /** A recorded vote printed without its member lists: no empty {@code <voting>} (the schema wants counts). */
    @org.junit.jupiter.api.Test
    void aRecordedVoteWithoutMemberListsValidates() throws Exception {
        assumeTrue(schema != null, "../shared is absent: Akoma Ntoso schema validation skipped");
        Document doc = Document.of(org.rapporteur.model.Metadata.EMPTY, List.of(
                new org.rapporteur.model.Operative("1", List.of(new org.rapporteur.model.Text("Decides;")), List.of()),
                new org.rapporteur.model.RecordedVote("[Adopted by a recorded vote of 29 to 1, with 2 abstentions.]",
                        List.of())));
        validate(doc);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void outputValidates(Path fixture) throws Exception {
        assumeTrue(schema != null, "../shared is absent: Akoma Ntoso schema validation skipped");
        Document doc = new Converter(Pipeline.standard(), List.of(), new ReadOptions(Optional.empty())).read(fixture);
        validate(doc);
    }

    /** Validates an Akoma Ntoso file already written; false where ../shared (and so the schema) is absent. */
    public static boolean validateFile(Path akn) throws Exception {
        if (schema == null) {
            loadSchema();
        }
        if (schema == null) {
            return false;
        }
        schema.newValidator().validate(new StreamSource(akn.toFile()));
        assertUniqueEIds(java.nio.file.Files.readString(akn));
        return true;
    }

    private static final java.util.regex.Pattern EID = java.util.regex.Pattern.compile("\\beId=\"([^\"]+)\"");

    /**
     * No eId twice in a file (the schema types eId as a plain string, so validation alone lets duplicates
     * through: A/RES/78/101 once repeated its list's wrap-up eId).
     */
    static void assertUniqueEIds(String xml) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> twice = new java.util.ArrayList<>();
        var m = EID.matcher(xml);
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                twice.add(m.group(1));
            }
        }
        org.assertj.core.api.Assertions.assertThat(twice).as("eIds written twice").isEmpty();
    }

    static void validate(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AknWriter().write(doc, out);
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray()))))
                .doesNotThrowAnyException();
        assertUniqueEIds(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void theDuplicateCheckFindsADuplicate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertUniqueEIds("<a eId=\"x_1\"/><b eId=\"x_1\"/>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("x_1");
    }
}
