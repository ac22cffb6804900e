package dev.edgarlive.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaPayloadTest {

    private final ObjectMapper json = new ObjectMapper();

    /** The payload carries the body as a JSON string: measure it the way the Lambda runtime writes it. */
    private long asPayloadString(byte[] body) throws Exception {
        return json.writeValueAsBytes(new String(body, StandardCharsets.UTF_8)).length - 2;
    }

    @Test
    void aBodyCostsItsBytesPlusOneForEachQuoteAndBackslash() throws Exception {
        byte[] body = json.writeValueAsBytes(Map.of("text", "say \"hi\" \\ é 😀\n\u0001 done"));
        assertThat(LambdaPayload.bodyBytes(body)).isEqualTo(asPayloadString(body));
    }

    @Test
    void aStringCostsWhatItsBodyCostsInThePayload() throws Exception {
        String text = "quote \" backslash \\ line\n tab\t bell\u0007 é ü 日本 😀 end";
        byte[] body = json.writeValueAsBytes(text);
        // The body of a lone string is the string in quotes: two bytes, each escaped once more in the payload.
        assertThat(LambdaPayload.stringBytes(text) + 4).isEqualTo(asPayloadString(body));
    }

    @Test
    void theLimitLeavesRoomForHeadersUnderLambdas6Mb() {
        assertThat(LambdaPayload.MAX_BODY).isLessThan(LambdaPayload.LIMIT - 64 * 1024);
    }
}
