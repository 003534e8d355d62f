package org.rapporteur.format.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip with its entries in a fixed order ({@code [Content_Types].xml} first, as Word expects, then by
 * name) and a fixed time, so the same document always gives the same bytes.
 */
public final class DeterministicZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {
    }

    /** An empty set of entries in the package's order. */
    public static Map<String, byte[]> entries() {
        return new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
    }

    /** Rewrites a zip another writer made (POI stamps entries with the clock). */
    public static void rewrite(byte[] zip, OutputStream out) throws IOException {
        Map<String, byte[]> entries = entries();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        write(entries, out);
    }

    /** Writes {@code entries} (from {@link #entries()}) to {@code out}, which stays open. */
    public static void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(org.apache.commons.io.output.CloseShieldOutputStream.wrap(out));
        // The parts are small XML: the fastest deflate costs a few per cent in size and halves the time.
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        for (var e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(FIXED);
            zip.putNextEntry(entry);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.close();
    }
}
