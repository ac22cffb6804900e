package dev.edgarlive.ingest.reprocess;

import java.util.Locale;

/**
 * What the reprocess function is asked, as the JSON it is invoked with:
 * {@code {"prefix": "filings/", "selection": "older"}} to start, {@code {"runId": "..."}} to go on with a run
 * from its checkpoint.
 *
 * @param prefix    the keys to consider (default {@code filings/}: everything stored)
 * @param selection {@code older} (the default): only keys whose stored data an older parser made (or that hold
 *                  nothing yet); {@code all}: every key under the prefix, each re-parsed unless the current parser
 *                  made it already
 * @param runId     the run to resume; null to start a new one
 */
public record ReprocessOrder(String prefix, String selection, String runId) {

    public enum Selection { OLDER, ALL }

    public Selection chosen() {
        if (selection == null || selection.isBlank()) {
            return Selection.OLDER;
        }
        try {
            return Selection.valueOf(selection.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("selection must be 'older' or 'all', was '" + selection + "'");
        }
    }

    public String prefixOrDefault(String filingsPrefix) {
        String chosen = prefix == null || prefix.isBlank() ? filingsPrefix : prefix;
        if (!chosen.startsWith(filingsPrefix)) {
            throw new IllegalArgumentException("prefix must lie under " + filingsPrefix + ", was '" + prefix + "'");
        }
        return chosen;
    }
}
