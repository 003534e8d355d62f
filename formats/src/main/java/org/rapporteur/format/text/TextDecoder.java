package org.rapporteur.format.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE); then strict UTF-8; then UTF-8 with
 * its few bad bytes replaced, when the rest is UTF-8 (a file damaged in one place is no Chinese file: GB18030
 * would read the whole file, every note mark included, as other characters without a word); then GB18030,
 * which every byte sequence from a Chinese archive decodes in. A forced charset wins.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The text, the charset it was read in, and how many malformed byte sequences became U+FFFD. */
    public record Decoded(String text, Charset charset, int replaced) {
        public Decoded(String text, Charset charset) {
            this(text, charset, 0);
        }
    }

    /** A file that is no text in the charset tried: says where, and what to do. */
    public static final class Undecodable extends CharacterCodingException {
        private final String message;

        Undecodable(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /** Bad spots per valid multi-byte sequence below which a file is UTF-8 with damage, not another encoding. */
    private static final int VALID_PER_BAD = 4;

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
            int[] validAndBad = utf8Sequences(bytes);
            if (validAndBad[0] >= VALID_PER_BAD * validAndBad[1]) {
                return replacing(bytes);
            }
            try {
                return new Decoded(strict(GB18030, bytes, 0), GB18030);
            } catch (Undecodable notGb) {
                throw new Undecodable("neither UTF-8 (" + validAndBad[1] + " malformed byte sequence(s)) nor GB18030 ("
                        + notGb.getMessage() + "); --encoding CHARSET reads it in the encoding it was written in");
            }
        }
    }

    /** UTF-8 with each malformed sequence replaced by U+FFFD, and their count. */
    private static Decoded replacing(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        return new Decoded(text, StandardCharsets.UTF_8, utf8Sequences(bytes)[1]);
    }

    /** How many well-formed multi-byte UTF-8 sequences {@code bytes} holds, and how many malformed spots. */
    static int[] utf8Sequences(byte[] bytes) {
        int valid = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok && length == 3) {
                int second = bytes[i + 1] & 0xFF;
                ok = !(b == 0xE0 && second < 0xA0) && !(b == 0xED && second >= 0xA0);
            } else if (ok && length == 4) {
                int second = bytes[i + 1] & 0xFF;
                ok = !(b == 0xF0 && second < 0x90) && !(b == 0xF4 && second >= 0x90);
            }
            if (!ok) {
                bad++;
                i++;
                // (the rest of a broken sequence is one spot, not one per byte)
                while (i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
                    i++;
                }
            } else {
                if (length > 1) {
                    valid++;
                }
                i += length;
            }
        }
        return new int[] {valid, bad};
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

    private static String strict(Charset cs, byte[] bytes, int offset) throws Undecodable {
        var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new Undecodable((r.isMalformed() ? "malformed" : "unmappable") + " input at byte " + in.position());
        }
        return out.flip().toString();
    }
}
