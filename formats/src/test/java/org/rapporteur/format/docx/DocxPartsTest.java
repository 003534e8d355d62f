package org.rapporteur.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.format.EveryKind;
import org.rapporteur.model.Language;

/**
 * Every kind of block and inline the writer knows, with the characters XML must escape, spaces it must
 * keep and marks that refer to notes in every way (first, again, from inside a note, only from inside a
 * note), in each language: each part of the package against its reviewed text
 * ({@code -Dgolden.update=true} rewrites them; review the diff). The parts were first written by POI's
 * XWPF; a writer that changes a byte of them shows here.
 */
class DocxPartsTest {
    private static final Path DIR = Path.of("src/test/resources/org/rapporteur/format/docx");

    @ParameterizedTest
    @EnumSource(Language.class)
    void partsAsReviewed(Language language) throws Exception {
        String code = language.code();
        EveryKind.check(DIR, "everything_" + code + ".docx.txt", parts(DocxWriterTest.write(EveryKind.everything(language))));
        EveryKind.check(DIR, "bare_" + code + ".docx.txt", parts(DocxWriterTest.write(EveryKind.bare(language))));
    }

    static String parts(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.append("=== ").append(e.getName()).append(" ===\n")
                        .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }
}
