package dev.edgarlive.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Decides where a full text lives so that no row nears DynamoDB's 400 KB item limit, whatever the text's size:
 * short texts inline as a string, longer ones gzip-compressed as binary, and those that stay large even
 * compressed in an S3 object under {@code derived/}, with the row keeping the pointer. Nothing is ever cut.
 *
 * <p>The compressed limit is well below what a row could hold: DynamoDB bills a write per KB and stores a GB
 * for about ten times what S3 does, so a 300 KB row would cost 300 write units where the S3 object costs one
 * PUT. A text over 64 KB compressed (some 250 KB of prose) is read rarely enough to pay one GetObject.
 */
final class TextPlacement {

    /** Up to this many UTF-8 bytes a text is stored as a plain string: readable in the console, no CPU to read. */
    static final int INLINE_LIMIT = 32 * 1024;
    /** Up to this many compressed bytes it stays in the row. */
    static final int COMPRESSED_LIMIT = 64 * 1024;
    /**
     * A text larger than this goes to S3 however well it compresses. Gzip can shrink a degenerate text (a long run
     * of one character) a thousandfold, so the compressed limit alone would let a row hold tens of MB of text; a
     * text this large is also past what the API returns inline, and a text in S3 can be handed out as a link.
     */
    static final int ROW_TEXT_LIMIT = 1024 * 1024;
    /**
     * No stored text decompresses to more than this, whatever its row claims: the reader's memory is bounded even
     * for a row this store did not write. Well above {@link #ROW_TEXT_LIMIT}, which bounds what it does write.
     */
    static final int DECOMPRESSED_LIMIT = 16 * 1024 * 1024;

    enum Encoding { INLINE, GZIP, S3 }

    /** Where one text goes: its bytes for the row, or the object to write and its key. */
    record Placement(Encoding encoding, String inline, byte[] compressed, String objectKey, byte[] objectBytes,
                     int utf8Length, String sha256) {
    }

    private TextPlacement() {
    }

    static Placement place(String text, String objectKey) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String sha = Hashes.sha256Hex(utf8);
        if (utf8.length <= INLINE_LIMIT) {
            return new Placement(Encoding.INLINE, text, null, null, null, utf8.length, sha);
        }
        byte[] gz = utf8.length <= ROW_TEXT_LIMIT ? gzip(utf8) : null;
        if (gz != null && gz.length <= COMPRESSED_LIMIT) {
            return new Placement(Encoding.GZIP, null, gz, null, null, utf8.length, sha);
        }
        return new Placement(Encoding.S3, null, null, objectKey, utf8, utf8.length, sha);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * The bytes a compressed text row holds, which must be exactly {@code expectedBytes} (the UTF-8 length written
     * beside them). Decompression stops one byte past that (and never passes {@link #DECOMPRESSED_LIMIT}), so a row
     * that would inflate beyond what it claims (a zip bomb, or a row this store did not write) costs no more memory
     * than the text it claims to be, and is refused as corrupt.
     */
    static byte[] gunzip(byte[] bytes, long expectedBytes) {
        if (expectedBytes < 0 || expectedBytes > DECOMPRESSED_LIMIT) {
            throw new CorruptRowException("a compressed text claims " + expectedBytes + " bytes; at most "
                    + DECOMPRESSED_LIMIT + " are read");
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] text = in.readNBytes((int) expectedBytes + 1);
            if (text.length != expectedBytes) {
                throw new CorruptRowException("a compressed text holds " + (text.length > expectedBytes ? "more than "
                        : "") + text.length + " bytes, not the " + expectedBytes + " its row claims");
            }
            return text;
        } catch (IOException e) {
            throw new CorruptRowException("a compressed text does not decompress: " + e.getMessage());
        }
    }
}
