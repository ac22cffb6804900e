package dev.edgarlive.ingest.reprocess;

import java.util.List;
import java.util.Map;

/** Which parser version made what each key holds in the store. */
@FunctionalInterface
public interface StoredParserVersions {

    /**
     * @return for each key that holds a filing or a failure record, the version of the parser that made it (0 when
     *         the store does not know); keys that hold nothing are absent
     */
    Map<String, Integer> of(List<String> keys);
}
