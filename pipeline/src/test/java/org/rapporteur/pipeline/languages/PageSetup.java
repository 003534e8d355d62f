package org.rapporteur.pipeline.languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A copy of a DOCX with its page size and margins set, so that a word processor lays it out afresh, and
 * optionally another font for complex scripts (Arabic) in its styles.
 */
final class PageSetup {
    private PageSetup() {
    }

    /** Sizes in twentieths of a point: A4 is 11906 by 16838. */
    static void write(Path from, Path to, int width, int height, int margin) throws IOException {
        write(from, to, width, height, margin, null);
    }

    /**
     * As {@link #write(Path, Path, int, int, int)}; a width of 0 keeps the page as it is, and a non-null
     * {@code complexScriptFont} replaces the styles' font for complex scripts (the writer's "Arial").
     */
    static void write(Path from, Path to, int width, int height, int margin, String complexScriptFont) throws IOException {
        write(from, to, width, height, margin, complexScriptFont, Typesetting.AS_WRITTEN);
    }

    /**
     * How the word processor is asked to set the text: as the writer wrote it (justified, no hyphenation),
     * with automatic hyphenation on (LibreOffice then breaks words at line ends by the patterns of each
     * paragraph's language, Debian's hyphen-* packages), or ragged-right (aligned left, not justified).
     */
    enum Typesetting { AS_WRITTEN, HYPHENATED, RAGGED_RIGHT }

    /** As {@link #write(Path, Path, int, int, int, String)}, the text set as {@code typesetting} says. */
    static void write(Path from, Path to, int width, int height, int margin, String complexScriptFont, Typesetting typesetting)
            throws IOException {
        String section = "<w:sectPr><w:pgSz w:w=\"" + width + "\" w:h=\"" + height + "\"/><w:pgMar w:top=\"" + margin
                + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin + "\" w:left=\"" + margin
                + "\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals("word/styles.xml") && complexScriptFont != null) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    if (!xml.contains("w:cs=\"Arial\"")) {
                        throw new IOException("no complex-script font in the styles of " + from);
                    }
                    data = xml.replace("w:cs=\"Arial\"", "w:cs=\"" + complexScriptFont + "\"").getBytes(StandardCharsets.UTF_8);
                }
                if (e.getName().equals("word/document.xml") && width > 0) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    if (!xml.contains("</w:body>")) {
                        throw new IOException("no document body in " + from);
                    }
                    data = xml.replaceAll("<w:sectPr>.*?</w:sectPr>", "").replace("</w:body>", section + "</w:body>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (e.getName().equals("word/settings.xml") && typesetting == Typesetting.HYPHENATED) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<w:settings");
                    int end = xml.indexOf('>', at) + 1;
                    if (at < 0 || xml.charAt(end - 2) == '/') {
                        throw new IOException("no settings to extend in " + from);
                    }
                    data = (xml.substring(0, end) + "<w:autoHyphenation/>" + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
                }
                if (e.getName().equals("word/styles.xml") && typesetting == Typesetting.RAGGED_RIGHT) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    if (!xml.contains("<w:jc w:val=\"both\"/>")) {
                        throw new IOException("no justified style in " + from);
                    }
                    data = xml.replace("<w:jc w:val=\"both\"/>", "<w:jc w:val=\"left\"/>").getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
    }
}
