package dev.edgarlive.ingest.reprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing, selection, checkpoints and resumption of a reprocess run, on a bucket kept in memory. */
class ReprocessRunTest {

    private static final Instant NOW = Instant.parse("2024-05-02T16:05:00Z");
    private static final int CURRENT = 3;

    private final Bucket s3 = new Bucket();
    private final List<String> queued = new ArrayList<>();
    private final Map<String, Integer> stored = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void olderQueuesTheKeysAnOlderParserMadeAndThoseThatHoldNothingYet() {
        keys(5);
        stored.put(key(0), 1);
        stored.put(key(1), CURRENT);
        stored.put(key(2), 2);
        stored.put(key(3), 0); // made before parser versions were recorded
        // key 4: never ingested (its event was lost): a re-parse stores it

        ReprocessReport report = run(new ReprocessOrder(null, "older", null), far());

        assertThat(queued).containsExactly(key(0), key(2), key(3), key(4));
        assertThat(report.complete()).isTrue();
        assertThat(report.listed()).isEqualTo(5);
        assertThat(report.queued()).isEqualTo(4);
        assertThat(report.parserVersion()).isEqualTo(CURRENT);
    }

    @Test
    void allQueuesEveryKeyUnderThePrefixAndNothingOutsideIt() {
        keys(3);
        s3.keys.add("filings/other/x.txt");
        s3.keys.add("archives/day.nc.tar.gz");

        run(new ReprocessOrder("filings/batch/", "all", null), far());

        assertThat(queued).containsExactly(key(0), key(1), key(2));
    }

    @Test
    void pastTheDeadlineItStopsBetweenPagesAndAResumedRunListsOnFromItsCheckpoint() {
        keys(2_500);

        ReprocessReport first = run(new ReprocessOrder(null, "all", null), NOW); // out of time after one page
        ReprocessReport second = run(new ReprocessOrder(null, null, first.runId()), NOW);
        ReprocessReport last = run(new ReprocessOrder(null, null, first.runId()), far());

        assertThat(first.complete()).isFalse();
        assertThat(first.listed()).isEqualTo(1_000);
        assertThat(first.lastKey()).isEqualTo(key(999));
        assertThat(second.listed()).isEqualTo(2_000);
        assertThat(last.complete()).isTrue();
        assertThat(last.listed()).isEqualTo(2_500);
        assertThat(last.runId()).isEqualTo(first.runId());
        assertThat(queued).hasSize(2_500).doesNotHaveDuplicates();
        assertThat(s3.objects).containsKey("reports/reprocess/" + first.runId() + ".json");
    }

    @Test
    void aRunThatIsCompleteIsNotListedAgain() {
        keys(3);
        ReprocessReport done = run(new ReprocessOrder(null, "all", null), far());
        queued.clear();

        ReprocessReport again = run(new ReprocessOrder(null, null, done.runId()), far());

        assertThat(again.complete()).isTrue();
        assertThat(queued).isEmpty();
    }

    @Test
    void badOrdersAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> run(new ReprocessOrder(null, "newer", null), far()))
                .hasMessageContaining("selection");
        assertThatThrownBy(() -> run(new ReprocessOrder("derived/", "all", null), far()))
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> run(new ReprocessOrder(null, null, "no-such-run"), far()))
                .hasMessageContaining("no-such-run");
        assertThatThrownBy(() -> run(new ReprocessOrder(null, null, "../../etc"), far()))
                .hasMessageContaining("no run id");
    }

    private ReprocessReport run(ReprocessOrder order, Instant deadline) {
        return new ReprocessRun(s3, "edgar-live-local", "filings/", keys -> {
            Map<String, Integer> known = new HashMap<>();
            keys.forEach(k -> {
                if (stored.containsKey(k)) {
                    known.put(k, stored.get(k));
                }
            });
            return known;
        }, CURRENT, queued::addAll, () -> 0L, Clock.fixed(NOW, ZoneOffset.UTC), json).run(order, deadline);
    }

    private static Instant far() {
        return NOW.plus(Duration.ofHours(1));
    }

    private void keys(int count) {
        for (int i = 0; i < count; i++) {
            s3.keys.add(key(i));
        }
    }

    private static String key(int i) {
        return String.format("filings/batch/%05d.txt", i);
    }

    /** Listing as S3 lists (sorted, prefix, start-after, pages), and objects for the checkpoints. */
    private static final class Bucket implements S3Client {
        final TreeSet<String> keys = new TreeSet<>();
        final Map<String, byte[]> objects = new TreeMap<>();

        @Override
        public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
            List<S3Object> page = new ArrayList<>();
            String after = request.startAfter() == null ? "" : request.startAfter();
            boolean truncated = false;
            for (String key : keys.tailSet(after, false)) {
                if (!key.startsWith(request.prefix())) {
                    continue;
                }
                if (page.size() == request.maxKeys()) {
                    truncated = true;
                    break;
                }
                page.add(S3Object.builder().key(key).build());
            }
            return ListObjectsV2Response.builder().contents(page).isTruncated(truncated).build();
        }

        @Override
        public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
            try (InputStream in = body.contentStreamProvider().newStream()) {
                objects.put(request.key(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return PutObjectResponse.builder().build();
        }

        @Override
        public <T> T getObject(GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
            byte[] content = objects.get(request.key());
            if (content == null) {
                throw NoSuchKeyException.builder().message("no " + request.key()).build();
            }
            try {
                return transformer.transform(GetObjectResponse.builder().build(),
                        AbortableInputStream.create(new ByteArrayInputStream(content)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {
        }
    }
}
