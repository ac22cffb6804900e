package dev.edgarlive.local;

import java.time.Duration;

/**
 * A function's SQS event source as the template configures it (SAM's {@code Type: SQS} event, which becomes a
 * Lambda event source mapping): the local stack's poller reads the same settings.
 *
 * @param name                    the event's name under the function's Events
 * @param queue                   the queue's logical id
 * @param batchSize               most messages per invocation
 * @param batchingWindow          how long the poller may wait to fill a batch
 * @param maximumConcurrency      most invocations at once for this source (ScalingConfig.MaximumConcurrency)
 * @param reportsItemFailures     whether the function answers which messages failed (ReportBatchItemFailures);
 *                                without it a function error returns the whole batch
 */
public record SqsEventSource(String name, String queue, int batchSize, Duration batchingWindow, int maximumConcurrency,
                             boolean reportsItemFailures) {

    public SqsEventSource {
        if (batchSize < 1) {
            throw new IllegalArgumentException("BatchSize must be at least 1, was " + batchSize);
        }
        if (maximumConcurrency < 1) {
            throw new IllegalArgumentException("MaximumConcurrency must be at least 1, was " + maximumConcurrency);
        }
    }
}
