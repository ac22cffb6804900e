package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a filing's warnings bounded: broken input can repeat one oddity without end (100,000 unclosed documents
 * gave 100,000 warnings, megabytes of JSON for one filing), while a reader needs the first few and the count.
 */
final class Warnings {

    /** How many warnings a filing keeps; past it, one last warning says how many more there were. */
    static final int LIMIT = 50;

    private Warnings() {
    }

    static List<ParseIssue> bounded(List<ParseIssue> warnings) {
        if (warnings.size() <= LIMIT) {
            return warnings;
        }
        List<ParseIssue> kept = new ArrayList<>(warnings.subList(0, LIMIT - 1));
        int left = warnings.size() - kept.size();
        kept.add(ParseIssue.warning("WARNINGS_OMITTED", -1, left + " more warnings were omitted"));
        return kept;
    }
}
