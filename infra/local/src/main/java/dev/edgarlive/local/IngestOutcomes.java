package dev.edgarlive.local;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Follows the local stack's log for the ingest function's one line per filing ({@code STORED key=... id=...},
 * {@code FAILED ...}, {@code GAVE UP key=...}) and tells when every uploaded key has had its answer. Lines that
 * are not about a filing are passed on unchanged.
 */
public final class IngestOutcomes implements Consumer<String> {

    /** The ingest outcomes that mean a key has been dealt with, and whether the filing is now stored. */
    private static final Map<String, Boolean> FINAL_OUTCOMES = Map.of(
            "STORED", true, "UNCHANGED", true, "REPLACED", true, "REPARSED", true, "FAILED", false, "SKIPPED", false,
            "GAVE", false, "REJECTED", false);

    private final Consumer<String> passOn;
    private final Map<String, String> storedIdByKey = new ConcurrentHashMap<>();
    private final Map<String, String> notStoredByKey = new ConcurrentHashMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final Map<String, java.time.Instant> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, String> outcomeByKey = new ConcurrentHashMap<>();

    /** @param passOn where the lines that are not a filing's outcome go, and those of filings not stored */
    public IngestOutcomes(Consumer<String> passOn) {
        this.passOn = passOn;
    }

    @Override
    public void accept(String line) {
        String outcome = line.split(" ", 2)[0];
        Boolean stored = FINAL_OUTCOMES.get(outcome);
        String key = field(line, "key");
        if (stored == null || key == null) {
            passOn.accept(line);
            return;
        }
        // GAVE UP names the keys of one message as a list: [a, b].
        for (String one : key.replace("[", "").replace("]", "").split(",")) {
            if (stored) {
                String id = field(line, "id");
                if (id != null) {
                    storedIdByKey.put(one.strip(), id);
                }
            } else {
                notStoredByKey.put(one.strip(), line);
            }
            answered.add(one.strip());
            answeredAt.putIfAbsent(one.strip(), java.time.Instant.now());
            outcomeByKey.put(one.strip(), outcome);
        }
        if (!stored) {
            passOn.accept(line);
        }
    }

    /** Waits until every key has had its answer, saying every few seconds how far ingest is; false on timeout. */
    public boolean awaitAll(Set<String> keys, Duration limit, Consumer<String> progress) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long nextReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long done = keys.stream().filter(answered::contains).count();
            if (done == keys.size()) {
                return true;
            }
            if (System.nanoTime() >= nextReport) {
                progress.accept("ingested " + done + " of " + keys.size());
                nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** When each key had its first answer (as this stack saw the function's line). */
    public Map<String, java.time.Instant> answeredAt() {
        return Map.copyOf(answeredAt);
    }

    /** The last outcome (STORED, UNCHANGED, FAILED, GAVE for GAVE UP...) of each answered key. */
    public Map<String, String> outcomes() {
        return Map.copyOf(outcomeByKey);
    }

    /** Filing id by S3 key, for the keys whose filing was stored. */
    public Map<String, String> storedIds() {
        return Map.copyOf(storedIdByKey);
    }

    /** The outcome line (FAILED with its reason, SKIPPED, GAVE UP) by S3 key, for the keys not stored. */
    public Map<String, String> notStored() {
        return Map.copyOf(notStoredByKey);
    }

    private static String field(String line, String name) {
        int at = line.indexOf(" " + name + "=");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 2;
        if (line.startsWith("[", start)) {
            int end = line.indexOf(']', start);
            return end < 0 ? line.substring(start) : line.substring(start, end + 1);
        }
        int end = line.indexOf(' ', start);
        return end < 0 ? line.substring(start) : line.substring(start, end);
    }
}
