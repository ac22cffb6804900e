package dev.edgarlive.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque list cursors: the read position in each shard of a list, signed with HMAC-SHA256 over the positions
 * and the query they belong to. The query itself (its kind, partition values, date range, shard count) is not
 * carried, only bound: a cursor presented with any other query, or altered in any byte, fails the signature.
 *
 * <p>A position is the index sort key of the last row returned from that shard, {@link #NOT_STARTED}, or
 * {@link #EXHAUSTED}.
 *
 * <p>Cursors are signed with the current key of {@link CursorKeys} and accepted under any of its accepted keys, so
 * a key rotation does not break the cursors handed out just before it.
 */
final class CursorCodec {

    static final String NOT_STARTED = "";
    static final String EXHAUSTED = "!";
    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\n';
    private static final int MAC_BYTES = 16;
    private static final int MAX_CURSOR_CHARS = 16 * 1024;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final CursorKeys keys;

    CursorCodec(byte[] secret) {
        this(CursorKeys.fixed(secret));
    }

    CursorCodec(CursorKeys keys) {
        this.keys = keys;
    }

    String encode(String binding, List<String> positions) {
        String payload = String.join(String.valueOf(SEPARATOR), positions);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "."
                + ENCODER.encodeToString(mac(keys.current(), binding, payloadBytes));
    }

    /** The positions a cursor carries, when it was issued by this store for {@code binding} with that many shards. */
    List<String> decode(String binding, String cursor, int shards) {
        if (cursor.length() > MAX_CURSOR_CHARS) {
            throw new InvalidCursorException("the cursor is too long to be one of ours");
        }
        int dot = cursor.indexOf('.');
        if (dot < 0 || cursor.indexOf('.', dot + 1) >= 0) {
            throw new InvalidCursorException("the cursor is malformed");
        }
        byte[] payload;
        byte[] mac;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            mac = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the cursor is malformed");
        }
        // Base64 leaves a few bits of the last character unused; only the one canonical spelling is accepted, so
        // a cursor is valid in exactly one form.
        if (!cursor.equals(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac))) {
            throw new InvalidCursorException("the cursor is malformed");
        }
        if (!signedWithAnAcceptedKey(mac, binding, payload) && !(keys.reload()
                && signedWithAnAcceptedKey(mac, binding, payload))) {
            throw new InvalidCursorException("the cursor was not issued for this query");
        }
        List<String> positions = split(new String(payload, StandardCharsets.UTF_8));
        if (positions.size() != shards) {
            throw new InvalidCursorException("the cursor does not match this list's shards");
        }
        return positions;
    }

    private static List<String> split(String payload) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= payload.length(); i++) {
            if (i == payload.length() || payload.charAt(i) == SEPARATOR) {
                parts.add(payload.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private boolean signedWithAnAcceptedKey(byte[] mac, String binding, byte[] payload) {
        for (byte[] key : keys.accepted()) {
            // Constant-time comparison: a timing difference must not tell a forger how many bytes were right.
            if (MessageDigest.isEqual(mac, mac(key, binding, payload))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] mac(byte[] key, String binding, byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update((VERSION + SEPARATOR + binding + SEPARATOR).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hmac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
