package dev.edgarlive.ingest.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.edgarlive.ingest.archive.Archives.members;
import static dev.edgarlive.ingest.archive.Archives.nc;
import static dev.edgarlive.ingest.archive.Archives.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** Archives of every supported kind, broken ones and hostile ones, unpacked against S3 and the store on a map. */
class ArchiveUnpackerTest {

    private static final Instant NOW = Instant.parse("2024-01-02T22:00:00Z");
    private static final Instant NO_DEADLINE = NOW.plus(Duration.ofDays(1));
    private static final String BUCKET = "edgar-live-local";

    private final InMemoryS3 s3 = new InMemoryS3();
    private final FilingStore store = mock(FilingStore.class);
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aTarIsUnpackedIntoOneFilingObjectPerMemberUnderFilingsArchives() throws IOException {
        s3.put("archives/batch.tar", Archives.tar(members(
                "0000950134-24-000001.txt", submission("0000950134-24-000001", "8-K", "ACME CORP"),
                "sub/dir/0000950134-24-000002.txt", submission("0000950134-24-000002", "10-Q", "BETA INC"))));

        UnpackReport report = unpacker().unpack(request("archives/batch.tar"), NO_DEADLINE);

        assertThat(report.complete()).isTrue();
        assertThat(report.failure()).isNull();
        assertThat(report.format()).isEqualTo("TAR");
        assertThat(report.members()).isEqualTo(2);
        assertThat(report.written()).isEqualTo(2);
        assertThat(s3.content("filings/archives/batch.tar/sub/dir/0000950134-24-000002.txt"))
                .asString(StandardCharsets.ISO_8859_1).contains("CONFORMED SUBMISSION TYPE:\t10-Q");
        assertThat(s3.objects.get("filings/archives/batch.tar/0000950134-24-000001.txt").metadata())
                .containsKey(ArchiveUnpacker.SHA256_METADATA);
        assertThat(s3.objects).containsKey("reports/archives/batch.tar.json");
        verify(store, never()).recordFailure(any(), anyString(), any());
    }

    @Test
    void edgarsDailyFeedIsAGzippedTarOfNcSubmissionsAndTheFormFilterKeepsOnlyWhatIsAsked() throws IOException {
        s3.put("archives/20240102.nc.tar.gz", Archives.tarGz(members(
                "0001193125-24-000001.nc", nc("0001193125-24-000001", "8-K", "ACME CORP"),
                "0001193125-24-000002.nc", nc("0001193125-24-000002", "10-K", "BETA INC"),
                "0001193125-24-000003.nc", nc("0001193125-24-000003", "8-K/A", "GAMMA LLC"),
                "0001193125-24-000004.nc", nc("0001193125-24-000004", "8-K", "DELTA CO"))));

        UnpackReport report = unpacker(Set.of("8-K", "8-K/A")).unpack(request("archives/20240102.nc.tar.gz"),
                NO_DEADLINE);

        assertThat(report.format()).isEqualTo("TAR_GZ");
        assertThat(report.written()).isEqualTo(3);
        assertThat(report.filtered()).isEqualTo(1);
        assertThat(s3.objects.keySet()).contains("filings/archives/20240102.nc.tar.gz/0001193125-24-000001.nc",
                "filings/archives/20240102.nc.tar.gz/0001193125-24-000003.nc")
                .doesNotContain("filings/archives/20240102.nc.tar.gz/0001193125-24-000002.nc");
        assertThat(report.bytesExpanded()).isGreaterThan(report.bytesRead());
    }

    @Test
    void aZipOfFilingsIsUnpackedAndItsDirectoriesAreNoMembers() throws IOException {
        Map<String, byte[]> members = members("q1/", new byte[0],
                "q1/8-K.txt", submission("0000950134-24-000009", "8-K", "ACME CORP"));
        s3.put("archives/q1.zip", Archives.zip(members));

        UnpackReport report = unpacker().unpack(request("archives/q1.zip"), NO_DEADLINE);

        assertThat(report.format()).isEqualTo("ZIP");
        assertThat(report.members()).isEqualTo(1);
        assertThat(report.written()).isEqualTo(1);
        assertThat(s3.objects).containsKey("filings/archives/q1.zip/q1/8-K.txt");
    }

    @Test
    void membersThatAreNoFilingsAreFailureRecordsUnderTheirKeysNeverDroppedSilently() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        s3.put("archives/mixed.tar", Archives.tar(members(
                "logo.png", png,
                "empty.txt", new byte[0],
                "inner.zip", Archives.zip(members("a.txt", "text")),
                "../../escape.txt", submission("0000950134-24-000003", "8-K", "ACME CORP"),
                "good.txt", submission("0000950134-24-000004", "8-K", "ACME CORP"))));

        UnpackReport report = unpacker().unpack(request("archives/mixed.tar"), NO_DEADLINE);

        assertThat(report.written()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(4);
        Map<String, String> failures = recordedFailures();
        assertThat(failures).containsOnlyKeys("filings/archives/mixed.tar/logo.png",
                "filings/archives/mixed.tar/empty.txt", "filings/archives/mixed.tar/inner.zip",
                "filings/archives/mixed.tar/member-3");
        assertThat(failures.get("filings/archives/mixed.tar/logo.png")).startsWith("NOT_A_FILING").contains("PNG")
                .contains("archives/mixed.tar");
        assertThat(failures.get("filings/archives/mixed.tar/empty.txt")).contains("empty");
        assertThat(failures.get("filings/archives/mixed.tar/inner.zip")).contains("archive inside the archive");
        assertThat(failures.get("filings/archives/mixed.tar/member-3")).startsWith("UNSAFE_PATH");
        assertThat(report.problems()).hasSize(4);
        assertThat(s3.objects.keySet()).noneMatch(key -> key.contains("escape"));
    }

    @Test
    void unpackingTwiceWritesNothingNew() throws IOException {
        s3.put("archives/twice.tar.gz", Archives.tarGz(members(
                "a.txt", submission("0000950134-24-000001", "8-K", "ACME CORP"),
                "b.txt", submission("0000950134-24-000002", "8-K", "BETA INC"))));
        unpacker().unpack(request("archives/twice.tar.gz"), NO_DEADLINE);
        s3.puts.clear();

        UnpackReport second = unpacker().unpack(request("archives/twice.tar.gz"), NO_DEADLINE);

        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(s3.puts).containsExactly("reports/archives/twice.tar.gz.json");
    }

    @Test
    void aTruncatedArchiveKeepsWhatWasUnpackedAndRecordsItsFailureWithTheOffset() throws IOException {
        byte[] whole = Archives.tarGz(members(
                "a.txt", submission("0000950134-24-000001", "8-K", "ACME CORP"),
                "b.txt", randomText(200_000, 1),
                "c.txt", submission("0000950134-24-000003", "8-K", "GAMMA LLC")));
        s3.put("archives/cut.tar.gz", Arrays.copyOf(whole, whole.length * 2 / 3));

        UnpackReport report = unpacker().unpack(request("archives/cut.tar.gz"), NO_DEADLINE);

        assertThat(report.complete()).isTrue();
        assertThat(report.failure()).startsWith("ARCHIVE_CORRUPT").contains("at compressed byte")
                .contains("member #2 'b.txt'").contains("EOFException");
        assertThat(s3.objects).containsKey("filings/archives/cut.tar.gz/a.txt");
        assertThat(recordedFailures()).containsKey("archives/cut.tar.gz");
        assertThat(recordedFailures().get("archives/cut.tar.gz")).isEqualTo(report.failure());
    }

    @Test
    void aZipCorruptPartWayKeepsTheMembersBeforeAndNamesTheOffset() throws IOException {
        byte[] zip = Archives.zip(members(
                "a.txt", submission("0000950134-24-000001", "8-K", "ACME CORP"),
                "b.txt", randomText(50_000, 2)));
        int secondEntry = indexOf(zip, "b.txt".getBytes(StandardCharsets.US_ASCII)) + 40;
        for (int i = secondEntry; i < secondEntry + 200; i++) {
            zip[i] = (byte) 0xff;
        }
        s3.put("archives/broken.zip", zip);

        UnpackReport report = unpacker().unpack(request("archives/broken.zip"), NO_DEADLINE);

        assertThat(report.failure()).startsWith("ARCHIVE_CORRUPT").contains("compressed byte")
                .contains("'b.txt'");
        assertThat(s3.objects).containsKey("filings/archives/broken.zip/a.txt");
    }

    @Test
    void aZipBombStopsAtTheExpansionRatio() throws IOException {
        s3.put("archives/bomb.zip", Archives.zip(members("zeros.txt", new byte[100 << 20])));

        UnpackReport report = unpacker().unpack(request("archives/bomb.zip"), NO_DEADLINE);

        assertThat(report.failure()).startsWith("ARCHIVE_BOMB").contains("100 times");
        assertThat(report.bytesExpanded()).isLessThan(64L << 20);
        assertThat(recordedFailures()).containsKey("archives/bomb.zip");
    }

    @Test
    void aGzipBombStopsAtTheExpansionRatioEvenThroughAMemberTooLargeToRead() throws IOException {
        // The tar header says 100 MB: the member is never read, but skipping it still inflates the gzip.
        s3.put("archives/bomb.tar.gz", Archives.tarGz(members("zeros.txt", new byte[100 << 20])));

        UnpackReport report = unpacker().unpack(request("archives/bomb.tar.gz"), NO_DEADLINE);

        assertThat(report.failure()).startsWith("ARCHIVE_BOMB");
        assertThat(recordedFailures()).containsKey("filings/archives/bomb.tar.gz/zeros.txt");
    }

    @Test
    void aMemberLargerThanAFilingMayBeIsAFailureRecordAndTheArchiveGoesOn() throws IOException {
        s3.put("archives/big.tar", Archives.tar(members(
                "huge.txt", randomText(5_000, 3),
                "small.txt", submission("0000950134-24-000001", "8-K", "ACME CORP"))));
        UnpackSettings settings = new UnpackSettings("archives/", "filings/archives/", Set.of(), 4_000, 100, 1024);

        UnpackReport report = new ArchiveUnpacker(s3, store, settings, Clock.fixed(NOW, ZoneOffset.UTC), json)
                .unpack(request("archives/big.tar"), NO_DEADLINE);

        assertThat(report.written()).isEqualTo(1);
        assertThat(recordedFailures().get("filings/archives/big.tar/huge.txt")).startsWith("TOO_LARGE").contains("5000");
    }

    @Test
    void membersLargerThanMemoryHoldAreSpooledToDiskAndWrittenWhole() throws IOException {
        String large = submission("0000950134-24-000001", "8-K", "ACME CORP") + randomText(3_000_000, 4);
        s3.put("archives/large.tar.gz", Archives.tarGz(members("large.txt", large)));

        unpacker().unpack(request("archives/large.tar.gz"), NO_DEADLINE);

        assertThat(s3.content("filings/archives/large.tar.gz/large.txt"))
                .isEqualTo(large.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void withAFormFilterAMemberWhoseFormCannotBeReadIsReportedNotDropped() throws IOException {
        s3.put("archives/bare.tar", Archives.tar(members("bare-8k.txt", "Item 5. Other Events.\n\nA bare 8-K.\n")));

        UnpackReport report = unpacker(Set.of("8-K")).unpack(request("archives/bare.tar"), NO_DEADLINE);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(recordedFailures().get("filings/archives/bare.tar/bare-8k.txt")).startsWith("FORM_UNKNOWN");
    }

    @Test
    void anObjectThatIsNoArchiveIsAFailureRecord() {
        s3.put("archives/notes.txt", "just some notes".getBytes(StandardCharsets.US_ASCII));

        UnpackReport report = unpacker().unpack(request("archives/notes.txt"), NO_DEADLINE);

        assertThat(report.failure()).startsWith("NOT_AN_ARCHIVE");
        assertThat(recordedFailures()).containsKey("archives/notes.txt");
    }

    @Test
    void pastTheDeadlineItLeavesACheckpointAndResumingFinishesAsOnePassWould() throws IOException {
        s3.put("archives/long.tar", Archives.tar(members(
                "a.txt", submission("0000950134-24-000001", "8-K", "A"),
                "b.txt", submission("0000950134-24-000002", "8-K", "B"),
                "c.txt", submission("0000950134-24-000003", "8-K", "C"))));
        ArchiveRequest request = new ArchiveRequest(BUCKET, "archives/long.tar", null, false);

        UnpackReport first = unpacker().unpack(request, NOW); // out of time: one member, then a checkpoint
        UnpackReport resumed = unpacker().unpack(new ArchiveRequest(BUCKET, "archives/long.tar", null, true), NOW);
        UnpackReport last = unpacker().unpack(new ArchiveRequest(BUCKET, "archives/long.tar", null, true), NO_DEADLINE);

        assertThat(first.complete()).isFalse();
        assertThat(first.nextMember()).isEqualTo(1);
        assertThat(resumed.nextMember()).isEqualTo(2);
        assertThat(last.complete()).isTrue();
        assertThat(last.written()).isEqualTo(3);
        assertThat(last.members()).isEqualTo(3);
        assertThat(s3.puts.stream().filter(key -> key.startsWith("filings/"))).hasSize(3);
    }

    @Test
    void aDownloadThatBreaksOffIsRetriedNotRecorded() throws IOException {
        InMemoryS3 flaky = new InMemoryS3() {
            @Override
            InputStream stream(byte[] content) {
                // Half the object arrives, then the connection drops: an IOException, as the HTTP client throws.
                return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(content, 0, content.length / 2)) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        if (n < 0) {
                            throw new java.net.SocketException("Connection reset");
                        }
                        return n;
                    }
                };
            }
        };
        flaky.put("archives/flaky.tar.gz", Archives.tarGz(members("a.txt", randomText(100_000, 5))));

        assertThatThrownBy(() -> new ArchiveUnpacker(flaky, store, settings(Set.of()), Clock.fixed(NOW, ZoneOffset.UTC),
                json).unpack(request("archives/flaky.tar.gz"), NO_DEADLINE)).isInstanceOf(RuntimeException.class);
        verify(store, never()).recordFailure(any(), anyString(), any());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ArchiveUnpacker unpacker() {
        return unpacker(Set.of());
    }

    private ArchiveUnpacker unpacker(Set<String> forms) {
        return new ArchiveUnpacker(s3, store, settings(forms), Clock.fixed(NOW, ZoneOffset.UTC), json);
    }

    private static UnpackSettings settings(Set<String> forms) {
        return new UnpackSettings("archives/", "filings/archives/", forms, 64L << 20, 100, 1 << 20);
    }

    private static ArchiveRequest request(String key) {
        return new ArchiveRequest(BUCKET, key, null, false);
    }

    /** Failure records by key, with their reasons. */
    private Map<String, String> recordedFailures() {
        ArgumentCaptor<SourceObject> sources = ArgumentCaptor.forClass(SourceObject.class);
        ArgumentCaptor<String> reasons = ArgumentCaptor.forClass(String.class);
        verify(store, org.mockito.Mockito.atLeast(0)).recordFailure(sources.capture(), reasons.capture(), any());
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sources.getAllValues().size(); i++) {
            failures.put(sources.getAllValues().get(i).key(), reasons.getAllValues().get(i));
        }
        return failures;
    }

    /** Text that does not compress much (random words), so that an archive has some length. */
    private static String randomText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? '\n' : ' ');
        }
        return text.substring(0, length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
