package dev.edgarlive.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.emulator.ProjectFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theBodyOfTheSeedsSqsEventIsTheS3EventOfTheSeed() throws Exception {
        // events/sqs-s3-*.json wrap events/s3-*.json as S3 -> SQS delivers them: the two must not drift apart.
        for (String name : new String[] {"put", "delete"}) {
            String body = json.readTree(ProjectFiles.event("sqs-s3-" + name + "-seed.json"))
                    .path("Records").get(0).path("body").asText();
            assertThat(json.readTree(body)).as(name).isEqualTo(json.readTree(ProjectFiles.event("s3-" + name + "-seed.json")));
        }
    }

    @Test
    void anS3BodyBecomesItsEventsWithDecodedKeysSizesAndETags() {
        IngestMessage message = IngestMessage.read(ProjectFiles.event("s3-put-seed.json"), json);

        assertThat(message).isInstanceOfSatisfying(IngestMessage.S3Events.class, s3 -> {
            S3ObjectEvent event = s3.events().get(0);
            assertThat(event.kind()).isEqualTo(S3ObjectEvent.Kind.CREATED);
            assertThat(event.bucket()).isEqualTo("edgar-live-local");
            assertThat(event.key()).isEqualTo("filings/8k_hecla-mining_2000-11-28_seed.txt");
            assertThat(event.size()).isEqualTo(3459);
            assertThat(event.eTag()).isEqualTo("8a6d825e6e90ee294eeabdd6e16dd480");
        });
        assertThat(IngestMessage.read(ProjectFiles.event("s3-delete-seed.json"), json))
                .isInstanceOfSatisfying(IngestMessage.S3Events.class,
                        s3 -> assertThat(s3.events().get(0).kind()).isEqualTo(S3ObjectEvent.Kind.REMOVED));
    }

    @Test
    void aReprocessRequestReadsBackAsWritten() {
        IngestMessage.ReprocessRequest request = new IngestMessage.ReprocessRequest("b", "filings/a b+c.txt");

        assertThat(IngestMessage.read(request.toJson(json), json)).isEqualTo(request);
    }

    @Test
    void whatIsNeitherIsUnreadableWithItsReason() {
        assertThat(IngestMessage.read("<xml/>", json)).isInstanceOfSatisfying(IngestMessage.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("not JSON"));
        assertThat(IngestMessage.read("[1,2]", json)).isInstanceOf(IngestMessage.Unreadable.class);
        assertThat(IngestMessage.read("{\"Records\":[]}", json)).isInstanceOf(IngestMessage.Unreadable.class);
        assertThat(IngestMessage.read("{\"reprocess\":{\"key\":\"k\"}}", json))
                .isInstanceOfSatisfying(IngestMessage.Unreadable.class, u -> assertThat(u.reason()).contains("bucket"));
        assertThat(IngestMessage.read(null, json)).isInstanceOf(IngestMessage.Unreadable.class);
    }

    @Test
    void motoEncodesTheSlashInKeysAndTheEventStillNamesTheKey() {
        IngestMessage message = IngestMessage.read("{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":"
                + "{\"name\":\"b\"},\"object\":{\"key\":\"filings%2F2024%2Fmy+8-K.txt\",\"size\":3}}}]}", json);

        assertThat(message).isInstanceOfSatisfying(IngestMessage.S3Events.class,
                s3 -> assertThat(s3.events().get(0).key()).isEqualTo("filings/2024/my 8-K.txt"));
    }
}
