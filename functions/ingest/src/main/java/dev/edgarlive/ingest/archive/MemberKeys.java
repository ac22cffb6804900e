package dev.edgarlive.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a member is written: {@code filings/archives/<archive path under archives/>/<member path>}. The key depends
 * on nothing but the archive's key and the member's path, so unpacking the same archive twice names the same
 * objects, and a member stays traceable to the archive it came from.
 */
final class MemberKeys {

    /** S3's limit on a key's length, in UTF-8 bytes. */
    private static final int MAX_KEY_BYTES = 1024;

    private final String archivesPrefix;
    private final String membersPrefix;

    /**
     * @param archivesPrefix where archives are uploaded ({@code archives/})
     * @param membersPrefix  where their members go ({@code filings/archives/})
     */
    MemberKeys(String archivesPrefix, String membersPrefix) {
        this.archivesPrefix = archivesPrefix;
        this.membersPrefix = membersPrefix;
    }

    /**
     * The member's key, or why it has none: a path that climbs out of the archive ({@code ..}), names nothing, or
     * makes a key longer than S3 allows.
     */
    Result of(String archiveKey, String memberPath) {
        String archive = archiveKey.startsWith(archivesPrefix) ? archiveKey.substring(archivesPrefix.length()) : archiveKey;
        List<String> segments = new ArrayList<>();
        for (String segment : memberPath.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                return new Result(null, "UNSAFE_PATH: the member path '" + memberPath + "' climbs out of the archive");
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            return new Result(null, "NO_PATH: the member has no file name ('" + memberPath + "')");
        }
        String key = membersPrefix + archive + "/" + String.join("/", segments);
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            return new Result(null, "KEY_TOO_LONG: '" + memberPath + "' makes a key longer than S3's "
                    + MAX_KEY_BYTES + " bytes");
        }
        return new Result(key, null);
    }

    /** A key for where a member's failure is recorded even when the member gets no key of its own. */
    String failureKey(String archiveKey, int index, String memberPath) {
        Result result = of(archiveKey, memberPath);
        return result.key() != null ? result.key()
                : membersPrefix + archiveKey.substring(Math.min(archiveKey.length(), archivesPrefix.length()))
                + "/member-" + index;
    }

    /** @param key the member's key, or null; @param problem why it has none */
    record Result(String key, String problem) {
    }
}
