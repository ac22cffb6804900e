package dev.edgarlive.ingest.archive;

import java.time.Instant;
import java.util.List;

/**
 * What unpacking an archive did, so far or in all; written as JSON to {@code reports/archives/<archive>.json}, where
 * it also serves as the checkpoint a later invocation resumes from.
 *
 * @param complete     whether every member was dealt with (or the archive broke, see {@code failure})
 * @param nextMember   the index of the first member not dealt with yet
 * @param members      members met (directories excluded)
 * @param written      members written as filing objects
 * @param unchanged    members already written with the same bytes by an earlier unpacking
 * @param filtered     members left out because their form type is not among those kept
 * @param rejected     members that are no filing, too large or unreadable: each is a failure record
 * @param bytesRead    bytes of the archive object read
 * @param bytesExpanded bytes the archive expanded to
 * @param failure      why the archive itself could not be read to its end (its offset included), or null
 * @param problems     the first rejected members, with their reasons
 */
public record UnpackReport(String bucket, String archive, String eTag, String format, boolean complete,
                           int nextMember, long members, long written, long unchanged, long filtered, long rejected,
                           long bytesRead, long bytesExpanded, String failure, List<Problem> problems,
                           Instant startedAt, Instant updatedAt) {

    /** At most this many problems are listed; all of them are failure records. */
    static final int LISTED_PROBLEMS = 50;

    public UnpackReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** @param key where the member would have been written (and where its failure record is) */
    public record Problem(String key, String reason) {
    }
}
