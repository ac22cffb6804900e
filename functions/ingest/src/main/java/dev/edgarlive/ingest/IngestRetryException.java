package dev.edgarlive.ingest;

import java.util.List;

/**
 * Thrown after all records of an event were tried, when at least one could not be finished because a
 * dependency failed. Lambda then retries the whole event; the records that succeeded are idempotent.
 */
public class IngestRetryException extends RuntimeException {

    private final transient List<RecordOutcome> outcomes;

    public IngestRetryException(List<RecordOutcome> outcomes, Throwable cause) {
        super("a dependency failed while ingesting; the event will be retried: " + cause.getMessage(), cause);
        this.outcomes = List.copyOf(outcomes);
    }

    public List<RecordOutcome> outcomes() {
        return outcomes;
    }
}
