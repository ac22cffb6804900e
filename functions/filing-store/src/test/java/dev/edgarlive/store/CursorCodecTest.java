package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorCodecTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final CursorCodec codec = new CursorCodec(SECRET);
    private final String binding = IndexQuery.bind("form", "8-K", 4, "2024-01-01", null);
    private final List<String> positions = List.of("2024-05-02#0000320193-24-000010", CursorCodec.NOT_STARTED,
            CursorCodec.EXHAUSTED, "2024-04-30#sha256-" + "0".repeat(32));

    @Test
    void aCursorGivesBackItsPositions() {
        String cursor = codec.encode(binding, positions);
        assertThat(codec.decode(binding, cursor, 4)).isEqualTo(positions);
        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void everyAlteredCharacterIsDetected() {
        String cursor = codec.encode(binding, positions);
        for (int i = 0; i < cursor.length(); i++) {
            char c = cursor.charAt(i);
            String altered = cursor.substring(0, i) + (c == 'A' ? 'B' : 'A') + cursor.substring(i + 1);
            assertThatThrownBy(() -> codec.decode(binding, altered, 4))
                    .as("altered at %d", i).isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void aForgedPositionWithTheOldSignatureIsRejected() {
        String cursor = codec.encode(binding, positions);
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                String.join("\n", List.of("9999-12-31#x", "", "", "")).getBytes(StandardCharsets.UTF_8));
        String forged = forgedPayload + cursor.substring(cursor.indexOf('.'));
        assertThatThrownBy(() -> codec.decode(binding, forged, 4)).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("not issued for this query");
    }

    @Test
    void aCursorOfAnotherQueryIsRejected() {
        String cursor = codec.encode(binding, positions);
        String otherRange = IndexQuery.bind("form", "8-K", 4, "2023-01-01", null);
        String otherForm = IndexQuery.bind("form", "10-K", 4, "2024-01-01", null);
        assertThatThrownBy(() -> codec.decode(otherRange, cursor, 4)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode(otherForm, cursor, 4)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorSignedWithAnotherSecretIsRejected() {
        String cursor = new CursorCodec("another secret of 32 bytes......".getBytes(StandardCharsets.US_ASCII))
                .encode(binding, positions);
        assertThatThrownBy(() -> codec.decode(binding, cursor, 4)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void malformedCursorsAreRejectedWithTheParameterNamed() {
        for (String bad : List.of("", "abc", "a.b.c", "!!!.???", "x".repeat(20_000))) {
            assertThatThrownBy(() -> codec.decode(binding, bad, 4))
                    .isInstanceOfSatisfying(InvalidCursorException.class,
                            e -> assertThat(e.parameter()).isEqualTo("cursor"));
        }
    }

    @Test
    void aCursorForAnotherShardCountIsRejected() {
        String cursor = codec.encode(binding, positions);
        assertThatThrownBy(() -> codec.decode(binding, cursor, 8)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void bindingsCannotBeConfusedBySeparatorsInValues() {
        assertThat(IndexQuery.bind("a;b", "c")).isNotEqualTo(IndexQuery.bind("a", "b;c"));
        assertThat(IndexQuery.bind("a", null)).isNotEqualTo(IndexQuery.bind("a", "null"));
    }

    // --- key rotation ------------------------------------------------------------------------------------------

    /** Keys that can be rotated by a test, counting how often the codec asks to reload them. */
    private static final class RotatingKeys implements CursorKeys {
        byte[] current;
        byte[] previous;
        int reloads;
        RotatingKeys next;

        RotatingKeys(byte[] current, byte[] previous) {
            this.current = current;
            this.previous = previous;
        }

        @Override
        public byte[] current() {
            return current.clone();
        }

        @Override
        public List<byte[]> accepted() {
            return previous == null ? List.of(current) : List.of(current, previous);
        }

        @Override
        public boolean reload() {
            reloads++;
            if (next == null) {
                return false;
            }
            current = next.current;
            previous = next.previous;
            next = null;
            return true;
        }
    }

    private static final byte[] OLD = "the old cursor key, 32 bytes....".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW = "the new cursor key, 32 bytes....".getBytes(StandardCharsets.US_ASCII);

    @Test
    void duringARotationCursorsSignedWithThePreviousKeyStillVerifyAndNewOnesUseTheCurrentKey() {
        String signedBefore = new CursorCodec(CursorKeys.fixed(OLD)).encode(binding, positions);
        CursorCodec rotated = new CursorCodec(new RotatingKeys(NEW, OLD));

        assertThat(rotated.decode(binding, signedBefore, 4)).isEqualTo(positions);
        String signedAfter = rotated.encode(binding, positions);
        assertThat(new CursorCodec(CursorKeys.fixed(NEW)).decode(binding, signedAfter, 4)).isEqualTo(positions);
        assertThatThrownBy(() -> new CursorCodec(CursorKeys.fixed(OLD)).decode(binding, signedAfter, 4))
                .as("new cursors are signed with the current key, not the previous one")
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorOfAKeyRotatedOutIsRefused() {
        String signedWithOld = new CursorCodec(CursorKeys.fixed(OLD)).encode(binding, positions);
        byte[] newest = "the newest key of all, 32 bytes.".getBytes(StandardCharsets.US_ASCII);
        RotatingKeys keys = new RotatingKeys(newest, NEW);

        assertThatThrownBy(() -> new CursorCodec(keys).decode(binding, signedWithOld, 4))
                .isInstanceOf(InvalidCursorException.class);
        assertThat(keys.reloads).as("a cursor no key verifies makes the keys be read again, once").isEqualTo(1);
    }

    @Test
    void aCursorSignedByAContainerThatSawTheRotationFirstVerifiesAfterAReload() {
        String signedWithNew = new CursorCodec(CursorKeys.fixed(NEW)).encode(binding, positions);
        RotatingKeys stale = new RotatingKeys(OLD, null);
        stale.next = new RotatingKeys(NEW, OLD);

        assertThat(new CursorCodec(stale).decode(binding, signedWithNew, 4)).isEqualTo(positions);
        assertThat(stale.reloads).isEqualTo(1);
    }
}
