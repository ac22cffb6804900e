package dev.edgarlive.ingest;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.Set;

/**
 * Which refusals of an AWS service are final for the record at hand: a 4xx that is not throttling or a
 * passing condition (an expired token, a conflicting transaction) says the request itself is wrong, and sending
 * it again gives the same answer. Ingest records such a refusal as the upload's failure, with its reason, instead
 * of having the event retried into the dead-letter queue where no user looks.
 */
final class AwsFailures {

    /** 4xx codes that pass: throttling, conflicts, clocks and credentials that renew. */
    private static final Set<String> PASSING = Set.of("ThrottlingException", "Throttling", "SlowDown",
            "ProvisionedThroughputExceededException", "RequestLimitExceeded", "TransactionConflictException",
            "TransactionInProgressException", "RequestTimeout", "RequestTimeoutException", "ExpiredToken",
            "ExpiredTokenException", "TokenRefreshRequired", "RequestExpired", "RequestTimeTooSkewed",
            "IDPCommunicationError", "ResourceNotFoundException", "NoSuchBucket");

    private AwsFailures() {
    }

    static boolean isPermanent(AwsServiceException e) {
        if (e.statusCode() < 400 || e.statusCode() >= 500 || e.isThrottlingException()) {
            return false;
        }
        if (e instanceof TransactionCanceledException cancelled) {
            // Cancelled for a condition or a conflict: the store retries those itself; only a request DynamoDB
            // finds invalid is final.
            return cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
                    .anyMatch(r -> "ValidationError".equals(r.code())
                            || "ItemCollectionSizeLimitExceeded".equals(r.code()));
        }
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null || !PASSING.contains(code);
    }

    /** The failure reason a user reads: service, error code, status and message. */
    static String reason(AwsServiceException e) {
        String service = e.awsErrorDetails() == null ? "AWS" : e.awsErrorDetails().serviceName();
        String code = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return "AWS_REJECTED: " + service + " refused the request for good (" + code + ", HTTP " + e.statusCode()
                + "): " + message;
    }
}
