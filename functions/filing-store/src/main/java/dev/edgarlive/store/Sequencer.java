package dev.edgarlive.store;

import java.util.Locale;

/**
 * S3's {@code sequencer}: a hexadecimal string in the events that create and delete objects, greater for a later
 * event on the same key. Sequencers may differ in length; S3's documentation says to right-pad the shorter with
 * zeros and then compare lexically (Amazon S3 User Guide, "Event message structure"). Stored right-padded to a
 * fixed width, they compare correctly as plain strings, inside DynamoDB condition expressions too.
 */
final class Sequencer {

    /** Wider than any sequencer S3 sends (18 digits at the time of writing). */
    static final int WIDTH = 48;

    private Sequencer() {
    }

    /** The sequencer in its stored form (upper case, right-padded with zeros), or null when absent or malformed. */
    static String normalize(String sequencer) {
        if (sequencer == null) {
            return null;
        }
        String s = sequencer.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > WIDTH || !s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
            return null;
        }
        return s + "0".repeat(WIDTH - s.length());
    }

    /** Compares two normalized sequencers: negative when {@code a} is the earlier event. */
    static int compare(String a, String b) {
        return a.compareTo(b);
    }
}
