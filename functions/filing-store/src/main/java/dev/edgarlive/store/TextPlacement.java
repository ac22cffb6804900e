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
        byte[] gz = gzip(utf8);
        if (gz.length <= COMPRESSED_LIMIT) {
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

    static byte[] gunzip(byte[] bytes) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CorruptRowException("a compressed text does not decompress: " + e.getMessage());
        }
    }
}
