package dev.edgarlive.emulator;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.FilterRule;

/**
 * An S3 bucket as an {@code AWS::S3::Bucket} resource of the template defines it, with the queues its
 * {@code NotificationConfiguration} sends events to.
 *
 * @param versioning "Enabled" or "Suspended" when the template sets it
 * @param encryptionAlgorithm the default server-side encryption, such as AES256, when the template sets it
 * @param notifications the bucket's {@code QueueConfigurations}, in template order
 */
public record BucketDefinition(Optional<String> versioning, Optional<String> encryptionAlgorithm,
        List<QueueNotification> notifications) {

    public static final String RESOURCE_TYPE = "AWS::S3::Bucket";

    public BucketDefinition {
        notifications = List.copyOf(notifications);
    }

    public static BucketDefinition from(SamTemplate template, String logicalId) {
        TemplateNode properties = template.properties(logicalId, RESOURCE_TYPE);
        return new BucketDefinition(
                properties.optionalField("VersioningConfiguration").map(v -> v.field("Status").text()),
                properties.optionalField("BucketEncryption")
                        .map(encryption -> encryption.field("ServerSideEncryptionConfiguration").elements())
                        .flatMap(rules -> rules.stream().findFirst())
                        .map(rule -> rule.field("ServerSideEncryptionByDefault").field("SSEAlgorithm").text()),
                properties.optionalField("NotificationConfiguration")
                        .flatMap(configuration -> configuration.optionalField("QueueConfigurations"))
                        .map(BucketDefinition::queueNotifications).orElse(List.of()));
    }

    /** The queues (logical ids) the bucket notifies, each once, in template order. */
    public List<String> notifiedQueues() {
        return notifications.stream().map(QueueNotification::queue).distinct().toList();
    }

    /** The notifications that go to one queue. */
    public List<QueueNotification> notificationsTo(String queue) {
        return notifications.stream().filter(notification -> notification.queue().equals(queue)).toList();
    }

    private static List<QueueNotification> queueNotifications(TemplateNode configurations) {
        return configurations.elements().stream().map(configuration -> new QueueNotification(
                configuration.field("Queue").attributeOf("Arn").orElseThrow(() -> configuration.problem(
                        configuration.path() + ".Queue must be !GetAtt <queue>.Arn, a queue of this template")),
                configuration.field("Event").text(),
                keyFilter(configuration))).toList();
    }

    private static List<FilterRule> keyFilter(TemplateNode configuration) {
        return configuration.optionalField("Filter")
                .map(filter -> filter.field("S3Key").field("Rules").elements().stream()
                        .map(rule -> FilterRule.builder()
                                .name(rule.field("Name").text())
                                .value(rule.field("Value").text())
                                .build())
                        .toList())
                .orElse(List.of());
    }
}
