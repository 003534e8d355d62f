package org.rapporteur.format.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip with its entries in a fixed order and a fixed time, so the same document always gives
 * the same bytes (POI stamps entries with the clock).
 */
public final class DeterministicZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {
    }

    public static byte[] rewrite(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            // The parts are small XML: the fastest deflate costs a few per cent in size and halves the time.
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
