package dev.edgarlive.ingest.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unpacks an archive uploaded under {@code archives/} into one object per member under {@code filings/archives/},
 * which the ingest function then takes like any upload: each member is ingested, retried and failed on its own.
 *
 * <ul>
 *   <li><b>Streaming</b>: the archive is read once, as it comes from S3, a member at a time (see
 *       {@link ArchiveReader}, {@link MemberSpool}): memory stays bounded whatever the archive's size.</li>
 *   <li><b>Idempotent</b>: a member's key depends only on the archive's key and the member's path
 *       ({@link MemberKeys}), and a member already written with the same SHA-256 (kept in the object's metadata) is
 *       not written again: unpacking twice writes no new object, so it starts no new ingest.</li>
 *   <li><b>Nothing dropped silently</b>: a member that is no filing (empty, binary, an archive), too large, or
 *       without a usable path is a failure record under the key it would have had; one whose form type cannot be
 *       read while a form filter is set, too. Members filtered out by form type are counted in the report.</li>
 *   <li><b>Broken archives</b>: where a truncated or corrupt archive (or a decompression bomb) stops being readable,
 *       what was unpacked stays, and the archive's own failure record names the byte offset.</li>
 *   <li><b>Long archives</b>: past {@code deadline} it stops between members and leaves its report as a checkpoint;
 *       the caller asks a new invocation to resume from it.</li>
 * </ul>
 */
public final class ArchiveUnpacker {

    /** User metadata on a member object: the SHA-256 of its bytes, what a second unpacking compares. */
    static final String SHA256_METADATA = "sha256";
    static final String ARCHIVE_METADATA = "archive";

    private final S3Client s3;
    private final FilingStore store;
    private final UnpackSettings settings;
    private final Clock clock;
    private final ObjectMapper json;
    private final MemberKeys keys;

    public ArchiveUnpacker(S3Client s3, FilingStore store, UnpackSettings settings, Clock clock, ObjectMapper json) {
        this.s3 = s3;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.keys = new MemberKeys(settings.archivesPrefix(), settings.membersPrefix());
    }

    /**
     * Unpacks the archive the request names, from its start or from its checkpoint.
     *
     * @throws RuntimeException when S3 or DynamoDB fail (or the download breaks off): the caller retries
     */
    public UnpackReport unpack(ArchiveRequest request, Instant deadline) {
        Progress progress = Progress.start(request, previousCheckpoint(request), clock.instant());
        ResponseInputStream<GetObjectResponse> object;
        try {
            object = s3.getObject(get -> {
                get.bucket(request.bucket()).key(request.key());
                if (request.eTag() != null) {
                    // S3 events carry the ETag bare; If-Match wants it quoted.
                    get.ifMatch(request.eTag().startsWith("\"") ? request.eTag() : "\"" + request.eTag() + "\"");
                }
            });
        } catch (NoSuchKeyException gone) {
            return fail(progress, "OBJECT_GONE: the archive no longer exists; it was deleted before it could be read");
        } catch (S3Exception changed) {
            if (changed.statusCode() == 412) {
                return progress.finish(clock.instant(), "ARCHIVE_REPLACED: a newer upload replaced the archive; its "
                        + "own event unpacks it", false);
            }
            throw changed;
        }
        try (object; InputStream source = new SourceStream(object)) {
            Optional<ArchiveReader> opened = ArchiveReader.open(request.key(), source, settings.maxRatio());
            if (opened.isEmpty()) {
                return fail(progress, "NOT_AN_ARCHIVE: the object is no tar, tar.gz or zip archive (read at byte 0)");
            }
            try (ArchiveReader reader = opened.get()) {
                progress.format = reader.format().name();
                return unpackMembers(reader, request, progress, deadline);
            }
        } catch (IOException closing) {
            throw new UncheckedIOException("could not close the archive " + request.key(), closing);
        }
    }

    private UnpackReport unpackMembers(ArchiveReader reader, ArchiveRequest request, Progress progress,
                                       Instant deadline) {
        int position = -1;
        int dealtWithNow = 0;
        String lastPath = null;
        try {
            while (true) {
                Optional<ArchiveMember> next;
                try {
                    next = reader.next();
                } catch (ArchiveReader.UnreadableMemberException unreadable) {
                    position = unreadable.index();
                    if (position >= progress.nextMember) {
                        progress.members++;
                        reject(request, progress, keys.failureKey(request.key(), position, unreadable.path()), -1,
                                null, "UNREADABLE_MEMBER: " + unreadable.getMessage());
                        progress.nextMember = position + 1;
                    }
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
                ArchiveMember member = next.get();
                position = member.index();
                lastPath = member.path();
                if (member.index() < progress.nextMember) {
                    continue; // dealt with before the checkpoint
                }
                // At least one member per invocation, so that an archive always moves on, however short the time.
                if (dealtWithNow > 0 && !clock.instant().isBefore(deadline)) {
                    progress.read(reader);
                    UnpackReport checkpoint = progress.checkpoint(clock.instant());
                    writeReport(checkpoint);
                    return checkpoint;
                }
                unpackMember(request, member, progress);
                progress.nextMember = member.index() + 1;
                dealtWithNow++;
            }
        } catch (IOException broken) {
            progress.read(reader);
            Optional<ArchiveBombException> bomb = cause(broken, ArchiveBombException.class);
            if (bomb.isPresent()) {
                return fail(progress, "ARCHIVE_BOMB: " + bomb.get().getMessage() + where(reader, position, lastPath));
            }
            if (cause(broken, SourceStream.DownloadException.class).isPresent()) {
                throw new UncheckedIOException("the download of " + request.key() + " broke off at byte "
                        + reader.storedOffset(), broken);
            }
            return fail(progress, "ARCHIVE_CORRUPT: " + describe(broken) + where(reader, position, lastPath)
                    + "; the " + progress.dealtWith() + " members before were unpacked");
        }
        progress.read(reader);
        UnpackReport done = progress.finish(clock.instant(), null, true);
        writeReport(done);
        return done;
    }

    private void unpackMember(ArchiveRequest request, ArchiveMember member, Progress progress) throws IOException {
        if (!member.file()) {
            if (!member.path().endsWith("/")) {
                progress.members++;
                reject(request, progress, keys.failureKey(request.key(), member.index(), member.path()), -1, null,
                        "NOT_A_FILING: the member is a link or a device, not a file");
            }
            return; // a directory holds nothing of its own
        }
        progress.members++;
        MemberKeys.Result key = keys.of(request.key(), member.path());
        String keyForFailure = keys.failureKey(request.key(), member.index(), member.path());
        if (key.key() == null) {
            reject(request, progress, keyForFailure, member.size(), null, key.problem());
            return;
        }
        if (member.size() > settings.maxMemberBytes()) {
            reject(request, progress, key.key(), member.size(), null, "TOO_LARGE: the member has " + member.size()
                    + " bytes, more than the " + settings.maxMemberBytes() + " a filing may have");
            return;
        }
        try (MemberSpool spool = MemberSpool.read(member.content(), settings.maxMemberBytes(),
                settings.inMemoryBytes())) {
            MemberInspection inspection = MemberInspection.of(spool.head(), spool.size());
            if (inspection.notAFiling() != null) {
                reject(request, progress, key.key(), spool.size(), spool.sha256(), inspection.notAFiling());
                return;
            }
            if (!settings.formTypes().isEmpty()) {
                if (inspection.formType().isEmpty()) {
                    reject(request, progress, key.key(), spool.size(), spool.sha256(), "FORM_UNKNOWN: the member's "
                            + "header gives no form type (CONFORMED SUBMISSION TYPE or <TYPE>), and only "
                            + settings.formTypes() + " are kept");
                    return;
                }
                if (!settings.keeps(inspection.formType().get())) {
                    progress.filtered++;
                    return;
                }
            }
            if (alreadyWritten(request.bucket(), key.key(), spool.sha256())) {
                progress.unchanged++;
                return;
            }
            s3.putObject(put -> put.bucket(request.bucket()).key(key.key()).contentType("text/plain")
                            .metadata(Map.of(SHA256_METADATA, spool.sha256(),
                                    ARCHIVE_METADATA, URLEncoder.encode(request.key(), StandardCharsets.UTF_8))),
                    spool.body());
            progress.written++;
        } catch (MemberSpool.TooLargeException tooLarge) {
            reject(request, progress, key.key(), -1, null, "TOO_LARGE: " + tooLarge.getMessage());
        }
    }

    private boolean alreadyWritten(String bucket, String key, String sha256) {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
            return sha256.equals(head.metadata().get(SHA256_METADATA));
        } catch (NoSuchKeyException absent) {
            return false;
        }
    }

    /** A member that is no filing: its failure record, its line in the log and the report. */
    private void reject(ArchiveRequest request, Progress progress, String key, long size, String sha256,
                        String reason) {
        String located = reason + " (member of " + request.key() + ")";
        store.recordFailure(new SourceObject(request.bucket(), key, Math.max(0, size), sha256, null, null), located,
                clock.instant());
        ArchiveTelemetry.rejected(key, located);
        progress.rejected++;
        if (progress.problems.size() < UnpackReport.LISTED_PROBLEMS) {
            progress.problems.add(new UnpackReport.Problem(key, reason));
        }
    }

    /** The archive itself failed: a failure record under its key, and the report. */
    private UnpackReport fail(Progress progress, String reason) {
        UnpackReport report = progress.finish(clock.instant(), reason, true);
        store.recordFailure(new SourceObject(progress.bucket, progress.archive, Math.max(0, progress.bytesRead),
                null, progress.eTag, null), reason, clock.instant());
        writeReport(report);
        return report;
    }

    private Optional<UnpackReport> previousCheckpoint(ArchiveRequest request) {
        if (!request.resume()) {
            return Optional.empty();
        }
        try {
            byte[] stored = s3.getObjectAsBytes(get -> get.bucket(request.bucket()).key(reportKey(request.key())))
                    .asByteArrayUnsafe();
            UnpackReport checkpoint = json.readValue(stored, UnpackReport.class);
            boolean sameUpload = request.eTag() == null || request.eTag().equals(checkpoint.eTag());
            return sameUpload && !checkpoint.complete() ? Optional.of(checkpoint) : Optional.empty();
        } catch (NoSuchKeyException none) {
            return Optional.empty();
        } catch (IOException unreadable) {
            // A checkpoint that cannot be read costs only time: unpacking from the start writes nothing twice.
            return Optional.empty();
        }
    }

    private void writeReport(UnpackReport report) {
        try {
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
            s3.putObject(put -> put.bucket(report.bucket()).key(reportKey(report.archive()))
                    .contentType("application/json"), RequestBody.fromBytes(body));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("could not write the report of " + report.archive(), unwritable);
        }
    }

    /** Where an archive's report (and checkpoint) is kept: {@code reports/archives/<archive path>.json}. */
    public String reportKey(String archiveKey) {
        String archive = archiveKey.startsWith(settings.archivesPrefix())
                ? archiveKey.substring(settings.archivesPrefix().length()) : archiveKey;
        return "reports/archives/" + archive + ".json";
    }

    private static String where(ArchiveReader reader, int position, String path) {
        return " at compressed byte " + reader.storedOffset() + " (expanded byte " + reader.expandedOffset() + ")"
                + (position < 0 ? ", before its first member" : ", in or after member #" + (position + 1)
                + (path == null ? "" : " '" + path + "'"));
    }

    /** {@code thrown} or the first of its causes of that type: the format readers may wrap what they met. */
    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String describe(IOException corrupt) {
        String message = corrupt.getMessage();
        return corrupt.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The report being built: counts carried over from a checkpoint, and where the archive stands. */
    private static final class Progress {
        final String bucket;
        final String archive;
        final String eTag;
        final Instant startedAt;
        final List<UnpackReport.Problem> problems = new ArrayList<>();
        String format;
        int nextMember;
        long members;
        long written;
        long unchanged;
        long filtered;
        long rejected;
        long bytesRead;
        long bytesExpanded;

        private Progress(ArchiveRequest request, Instant startedAt) {
            this.bucket = request.bucket();
            this.archive = request.key();
            this.eTag = request.eTag();
            this.startedAt = startedAt;
        }

        static Progress start(ArchiveRequest request, Optional<UnpackReport> checkpoint, Instant now) {
            Progress progress = new Progress(request, checkpoint.map(UnpackReport::startedAt).orElse(now));
            checkpoint.ifPresent(previous -> {
                progress.format = previous.format();
                progress.nextMember = previous.nextMember();
                progress.members = previous.members();
                progress.written = previous.written();
                progress.unchanged = previous.unchanged();
                progress.filtered = previous.filtered();
                progress.rejected = previous.rejected();
                progress.problems.addAll(previous.problems());
            });
            return progress;
        }

        long dealtWith() {
            return written + unchanged + filtered + rejected;
        }

        void read(ArchiveReader reader) {
            bytesRead = reader.storedOffset();
            bytesExpanded = reader.expandedOffset();
        }

        UnpackReport checkpoint(Instant now) {
            return report(false, null, now);
        }

        UnpackReport finish(Instant now, String failure, boolean complete) {
            return report(complete, failure, now);
        }

        private UnpackReport report(boolean complete, String failure, Instant now) {
            return new UnpackReport(bucket, archive, eTag, format, complete, nextMember, members, written, unchanged,
                    filtered, rejected, bytesRead, bytesExpanded, failure, problems, startedAt, now);
        }
    }

    /**
     * The S3 object's bytes, with any error of the download itself marked as such: a download that breaks off is
     * retried, while an archive whose own bytes are broken is recorded as a failure.
     */
    private static final class SourceStream extends FilterInputStream {

        SourceStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException broken) {
                throw new DownloadException(broken);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException broken) {
                throw new DownloadException(broken);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException broken) {
                throw new DownloadException(broken);
            }
        }

        static final class DownloadException extends IOException {
            DownloadException(IOException cause) {
                super("reading the archive from S3 failed: " + cause.getMessage(), cause);
            }
        }
    }
}
