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

    /**
     * A text layer whose font lost its ToUnicode map: the whole page is glyphs no character stands for
     * (the file fails and says so), or, where one font of two lost it, the text is incomplete (a warning
     * names the pages).
     */
    @Test
    void glyphsThatMapToNoCharacterAreNamedNotSilentlyLost() throws Exception {
        assumeTrue(Files.isReadable(PdfComposer.SERIF) && Files.isReadable(PdfComposer.SERIF_ITALIC), "fonts-liberation2 absent");
        Path all = unmapped(dir.resolve("all.pdf"), true);
        assertThatThrownBy(() -> new PdfReader().read(Files.readAllBytes(all), "all.pdf", ReadOptions.DEFAULTS))
                .isInstanceOf(ConversionException.class).hasMessageContaining("glyphs to no characters");
        Path some = unmapped(dir.resolve("some.pdf"), false);
        var doc = new PdfReader().read(Files.readAllBytes(some), "some.pdf", ReadOptions.DEFAULTS);
        org.assertj.core.api.Assertions.assertThat(doc.warnings()).extracting(org.rapporteur.model.Warning::kind)
                .containsExactly(org.rapporteur.model.Warning.Kind.TEXT_LAYER_SUSPECT);
        org.assertj.core.api.Assertions.assertThat(doc.warnings().get(0).message()).contains("page(s) [1]");
    }

    /** A page in the regular font and, unless {@code both}, the italic; the italic (or both) without ToUnicode. */
    private static Path unmapped(Path file, boolean both) throws Exception {
        Path made = file.resolveSibling("made-" + file.getFileName());
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage();
            d.addPage(p);
            var regular = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, PdfComposer.SERIF.toFile());
            var italic = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, PdfComposer.SERIF_ITALIC.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.beginText();
                cs.setFont(both ? italic : regular, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("The General Assembly,");
                cs.setFont(italic, 12);
                cs.newLineAtOffset(0, -20);
                cs.showText("Recalling its resolutions");
                cs.endText();
            }
            d.save(made.toFile());
        }
        // the fonts are subset on saving, which writes their ToUnicode maps: take the italic's out afterwards
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(made.toFile())) {
            var resources = d.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                if (font.getName().contains("Italic")) {
                    font.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                }
            }
            d.save(file.toFile());
        }
        return file;
    }

    /**
     * A font whose ToUnicode map reads "q" as "u" and "f" as "i" while its embedded font program says "q" and
     * "f" (as in a real UN Spanish PDF): the letters are read from the font, with a warning naming the page.
     */
    @Test
    void aToUnicodeMapThatContradictsItsFontIsRepairedFromTheFont() throws Exception {
        assumeTrue(Files.isReadable(PdfComposer.SERIF), "fonts-liberation2 absent");
        String text = "1. Decide que el informe fue aprobado.";
        Path file = dir.resolve("contradicting.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage();
            d.addPage(p);
            // the whole font embedded, with its cmap, as Word embeds it
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d,
                    new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(
                            PdfComposer.SERIF.toFile())), false);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            // a ToUnicode map of the codes used, wrong for q and f
            StringBuilder map = new StringBuilder();
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            for (int c : text.codePoints().toArray()) {
                byte[] code = font.encode(new String(Character.toChars(c)));
                int cid = ((code[0] & 0xFF) << 8) | (code[1] & 0xFF);
                if (seen.add(cid)) {
                    int shown = c == 'q' ? 'u' : c == 'f' ? 'i' : c;
                    map.append(String.format("<%04X> <%04X>%n", cid, shown));
                }
            }
            String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
                    + "endcodespacerange\n" + seen.size() + " beginbfchar\n" + map + "endbfchar\nendcmap\n"
                    + "CMapName currentdict /CMap defineresource pop\nend\nend\n";
            var stream = new org.apache.pdfbox.pdmodel.common.PDStream(d);
            try (var out = stream.createOutputStream()) {
                out.write(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
            d.save(file.toFile());
        }
        var doc = new PdfReader().read(Files.readAllBytes(file), "contradicting.pdf", ReadOptions.DEFAULTS);
        org.assertj.core.api.Assertions.assertThat(doc.blocks(org.rapporteur.model.Line.class))
                .extracting(org.rapporteur.model.Line::text).containsExactly(text);
        org.assertj.core.api.Assertions.assertThat(doc.warnings()).extracting(org.rapporteur.model.Warning::message)
                .containsExactly("3 letter(s) whose text layer contradicts the embedded font were read from the font, on page(s) [1]");
    }
}
