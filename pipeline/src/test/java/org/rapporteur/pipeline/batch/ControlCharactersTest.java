package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.cli.Main;

/**
 * Characters XML 1.0 forbids (a vertical tab among "&" and "<", an escape in the title) never reach an
 * output: the text reader drops them with a warning, and the DOCX and Akoma Ntoso writers could not write
 * them anyway. Every output parses (issue 19, item 2: Word and LibreOffice could not open such a DOCX).
 */
class ControlCharactersTest {
    @TempDir
    Path tmp;

    @Test
    void forbiddenCharactersAreDroppedWithAWarningAndEveryOutputIsWellFormed() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("x.txt"), "65/218. Title\u001B of the resolution\n\nThe General Assembly,\n\n"
                + "Recalling A & B < C \u000B and D & E < F,\n\n1. Decides to act & report < soon\u000B;\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();

        String md = Files.readString(out.resolve("x.md"));
        assertThat(md).doesNotContain("\u000B", "\u001B").contains("Title of the resolution");
        String akn = Files.readString(out.resolve("x.akn.xml"));
        assertThat(akn).doesNotContain("\u000B", "\u001B");
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        parser.parse(out.resolve("x.akn.xml").toFile());
        try (ZipFile docx = new ZipFile(out.resolve("x.docx").toFile())) {
            for (String part : new String[] {"word/document.xml", "docProps/core.xml"}) {
                byte[] xml = docx.getInputStream(docx.getEntry(part)).readAllBytes();
                parser.parse(new ByteArrayInputStream(xml));
                assertThat(new String(xml, StandardCharsets.UTF_8)).as(part).doesNotContain("\u000B", "\u001B");
            }
        }
        assertThat(Files.readString(out.resolve("report.json")))
                .contains("3 control character(s) that XML cannot carry were dropped");
    }
}
