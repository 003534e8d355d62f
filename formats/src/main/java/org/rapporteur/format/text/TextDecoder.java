package org.rapporteur.format.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE); then strict UTF-8; then
 * GB18030, which every byte sequence from a Chinese archive decodes in. A forced charset wins.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes, Optional<Charset> forced) throws CharacterCodingException {
        if (forced.isPresent()) {
            Charset cs = forced.get();
            int skip = bomLength(bytes, cs);
            return new Decoded(strict(cs, bytes, skip), cs);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2), StandardCharsets.UTF_16BE);
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(GB18030, bytes, 0), GB18030);
        }
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.equals(StandardCharsets.UTF_16LE) && startsWith(b, 0xFF, 0xFE))
                || (cs.equals(StandardCharsets.UTF_16BE) && startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
