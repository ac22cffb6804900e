package dev.edgarlive.query;

import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.store.FilingStore;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cursor key read from Secrets Manager (on the emulator), as on AWS: while it is rotated, cursors signed with the
 * previous key still work, new cursors are signed with the current one, and a key two rotations old is refused.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "rotation"))
@WithTestResource(CursorSecretResource.class)
class CursorKeyRotationIT {

    @Inject
    FilingStore store;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    @BeforeEach
    void storeTheData() {
        EdgeData.load(store, bucket);
    }

    @Test
    void cursorsOfThePreviousKeyWorkThroughARotationAndThoseOfOlderKeysDoNot() {
        String signedWithFirst = nextCursor(null);

        CursorSecretResource.rotateTo("second-cursor-key-of-the-rotation-test");
        assertThat(page(signedWithFirst).status()).as("signed with AWSPREVIOUS").isEqualTo(200);
        String signedWithSecond = nextCursor(signedWithFirst);

        CursorSecretResource.rotateTo("third-cursor-key-of-the-rotation-test");
        assertThat(page(signedWithSecond).status()).as("the cursor issued after the rotation was signed with the"
                + " key that was current then, now AWSPREVIOUS").isEqualTo(200);
        GatewayCall.Reply refused = page(signedWithFirst);
        assertThat(refused.status()).as("two rotations old").isEqualTo(400);
        assertThat(refused.json().path("parameter").asText()).isEqualTo("cursor");
    }

    private static GatewayCall.Reply page(String cursor) {
        return GatewayCall.get("/failures", "limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).send();
    }

    private static String nextCursor(String cursor) {
        GatewayCall.Reply reply = page(cursor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("nextCursor").asText();
    }
}
