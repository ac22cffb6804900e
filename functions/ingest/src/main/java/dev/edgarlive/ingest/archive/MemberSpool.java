package dev.edgarlive.ingest.archive;

import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One member's bytes, held long enough to hash them, look at their head and upload them: in memory up to
 * {@code inMemoryBytes}, in a temporary file beyond, never past {@code maxBytes} (the largest object the ingest
 * function reads). Memory stays bounded whatever the member's size.
 */
final class MemberSpool implements Closeable {

    /** Enough of the start of a member to read its SEC header and tell text from binary. */
    static final int HEAD_BYTES = 64 * 1024;

    private final byte[] inMemory;
    private final Path file;
    private final long size;
    private final String sha256;
    private final byte[] head;

    private MemberSpool(byte[] inMemory, Path file, long size, String sha256, byte[] head) {
        this.inMemory = inMemory;
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.head = head;
    }

    /** Thrown when a member passes {@code maxBytes}; the rest of it is left unread. */
    static final class TooLargeException extends Exception {
        TooLargeException(long maxBytes) {
            super("the member has more than " + maxBytes + " bytes, the most a filing may have");
        }
    }

    static MemberSpool read(InputStream content, long maxBytes, int inMemoryBytes) throws IOException, TooLargeException {
        MessageDigest digest = newSha256();
        InputStream hashed = new DigestInputStream(content, digest);
        ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
        Path file = null;
        OutputStream sink = memory;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int read = hashed.read(buffer); read >= 0; read = hashed.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                if (file == null && size > inMemoryBytes) {
                    file = Files.createTempFile("archive-member-", ".bin");
                    sink = Files.newOutputStream(file);
                    memory.writeTo(sink);
                }
                sink.write(buffer, 0, read);
            }
            if (file != null) {
                sink.close();
            }
        } catch (IOException | TooLargeException | RuntimeException failed) {
            if (file != null) {
                sink.close();
                Files.deleteIfExists(file);
            }
            throw failed;
        }
        byte[] head = file == null ? Arrays.copyOf(memory.toByteArray(), (int) Math.min(size, HEAD_BYTES))
                : headOf(file);
        return new MemberSpool(file == null ? memory.toByteArray() : null, file, size,
                HexFormat.of().formatHex(digest.digest()), head);
    }

    long size() {
        return size;
    }

    /** Lowercase hex SHA-256 of the member's bytes. */
    String sha256() {
        return sha256;
    }

    /** Its first bytes, up to {@link #HEAD_BYTES}. */
    byte[] head() {
        return head.clone();
    }

    RequestBody body() {
        return file == null ? RequestBody.fromBytes(inMemory) : RequestBody.fromFile(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] headOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
