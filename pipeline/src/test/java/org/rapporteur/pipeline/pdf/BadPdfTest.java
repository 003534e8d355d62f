package org.rapporteur.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.pdf.PdfReader;
import org.rapporteur.model.ConversionException;

/** Each bad PDF is a clear error for that file, never an empty or partial document. */
class BadPdfTest {
    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader();

    @Test
    void encryptedWithAPassword() throws Exception {
        assumeTrue(PdfComposer.fontsPresent(), "fonts absent: PDF fixtures skipped");
        Path plain = PdfFixtures.english(dir);
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        assertThatThrownBy(() -> reader.read(locked, ReadOptions.DEFAULTS)).isInstanceOf(ConversionException.class)
                .hasMessageContaining("encrypted PDF").hasMessageContaining("password");
    }

    @Test
    void imageOnly() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 50);
            }
            doc.save(scan.toFile());
        }
        assertThatThrownBy(() -> reader.read(scan, ReadOptions.DEFAULTS)).isInstanceOf(ConversionException.class)
                .hasMessage("no text layer (scanned pages); OCR is not supported");
    }

    @Test
    void truncatedAndRandomBytes() throws Exception {
        assumeTrue(PdfComposer.fontsPresent(), "fonts absent: PDF fixtures skipped");
        byte[] whole = Files.readAllBytes(PdfFixtures.english(dir));
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        Path random = dir.resolve("random.pdf");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(random, noise);
        for (Path p : new Path[] {truncated, random}) {
            assertThatThrownBy(() -> reader.read(p, ReadOptions.DEFAULTS)).as(p.toString())
                    .isInstanceOf(ConversionException.class);
        }
    }
}
