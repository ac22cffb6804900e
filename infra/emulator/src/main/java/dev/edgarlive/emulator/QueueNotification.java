package dev.edgarlive.emulator;

import java.util.List;
import software.amazon.awssdk.services.s3.model.FilterRule;

/**
 * One entry of the bucket's {@code NotificationConfiguration.QueueConfigurations}: which events of the bucket go to
 * which queue, for which keys. The local stack sets the same notifications on the emulator's bucket.
 *
 * @param queue logical id of the queue ({@code Queue: !GetAtt IngestQueue.Arn})
 * @param event an S3 event type, such as {@code s3:ObjectCreated:*}
 * @param keyFilter prefix and suffix rules, as written in the template
 */
public record QueueNotification(String queue, String event, List<FilterRule> keyFilter) {

    public QueueNotification {
        keyFilter = List.copyOf(keyFilter);
    }

    /** The key prefix the notification is scoped to, or "" when it takes every key. */
    public String prefix() {
        return keyFilter.stream()
                .filter(rule -> rule.nameAsString().equalsIgnoreCase("prefix"))
                .map(FilterRule::value)
                .findFirst()
                .orElse("");
    }
}
