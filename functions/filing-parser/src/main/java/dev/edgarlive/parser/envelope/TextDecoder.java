package dev.edgarlive.parser.envelope;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, once. EDGAR files are ASCII, UTF-8 or Windows-1252 (of which Latin-1 is, for printable
 * characters, a subset), and rarely say which. So: a byte-order mark wins; pure ASCII takes the fast path;
 * bytes that are valid UTF-8 are UTF-8; anything else is Windows-1252, whose five unassigned bytes are kept
 * as their Latin-1 code points rather than turned into replacement characters.
 * Line ends are normalised to {@code \n} in the same pass so that offsets stay stable for every later stage.
 */
public final class TextDecoder {

    /** Windows-1252 bytes 0x80-0x9F; the unassigned ones map to the Latin-1 C1 control of the same value. */
    private static final char[] CP1252_HIGH = {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    public DecodedText decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
            return new DecodedText(normaliseLineEnds(utf8Lenient(bytes, start)), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE");
        }
        int firstHigh = firstNonAscii(bytes);
        if (firstHigh < 0) {
            return new DecodedText(normaliseLineEnds(new String(bytes, StandardCharsets.ISO_8859_1)), "US-ASCII");
        }
        String utf8 = utf8Strict(bytes, firstHigh);
        if (utf8 != null) {
            return new DecodedText(normaliseLineEnds(utf8), "UTF-8");
        }
        return new DecodedText(normaliseLineEnds(windows1252(bytes)), "windows-1252");
    }

    /** Bytes with the high bit set in each of eight lanes: a word of eight ASCII bytes has none of them. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    private static int firstNonAscii(byte[] bytes) {
        // Nearly every input is ASCII from end to end, so it is read eight bytes at a time; the byte-by-byte loop
        // below then names the first high byte, from the word that holds it.
        ByteBuffer words = ByteBuffer.wrap(bytes);
        int i = 0;
        while (i + Long.BYTES <= bytes.length && (words.getLong(i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Null when the bytes are not valid UTF-8. */
    private static String utf8Strict(byte[] bytes, int firstHigh) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String utf8Lenient(byte[] bytes, int start) {
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static String windows1252(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i] = b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /** CRLF and lone CR become LF; returns the same string when there is nothing to change. */
    static String normaliseLineEnds(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (cr >= 0) {
            out.append(text, from, cr).append('\n');
            from = cr + 1;
            if (from < text.length() && text.charAt(from) == '\n') {
                from++;
            }
            cr = text.indexOf('\r', from);
        }
        out.append(text, from, text.length());
        return out.toString();
    }
}
