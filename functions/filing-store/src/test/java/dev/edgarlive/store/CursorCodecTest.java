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
}
