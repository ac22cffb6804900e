package dev.edgarlive.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.FilterRule;

/**
 * An S3 bucket as an {@code AWS::S3::Bucket} resource of the template defines it, with the function events that
 * subscribe to it (SAM turns those into the bucket's notification configuration at deploy time).
 *
 * @param versioning "Enabled" or "Suspended" when the template sets it
 * @param encryptionAlgorithm the default server-side encryption, such as AES256, when the template sets it
 * @param subscriptions S3 events of the template's functions whose Bucket is a Ref to this bucket
 */
public record BucketDefinition(Optional<String> versioning, Optional<String> encryptionAlgorithm,
        List<S3Subscription> subscriptions) {

    public static final String RESOURCE_TYPE = "AWS::S3::Bucket";
    static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    public BucketDefinition {
        subscriptions = List.copyOf(subscriptions);
    }

    public static BucketDefinition from(SamTemplate template, String logicalId) {
        TemplateNode properties = template.properties(logicalId, RESOURCE_TYPE);
        return new BucketDefinition(
                properties.optionalField("VersioningConfiguration").map(v -> v.field("Status").text()),
                properties.optionalField("BucketEncryption")
                        .map(encryption -> encryption.field("ServerSideEncryptionConfiguration").elements())
                        .flatMap(rules -> rules.stream().findFirst())
                        .map(rule -> rule.field("ServerSideEncryptionByDefault").field("SSEAlgorithm").text()),
                subscriptionsTo(template, logicalId));
    }

    /** The prefix that every subscription shares (filings/ here); a template without one is refused. */
    public String notificationPrefix() {
        List<String> prefixes = subscriptions.stream().map(S3Subscription::prefix).distinct().toList();
        if (prefixes.size() != 1) {
            throw new TemplateException("the bucket's S3 subscriptions should share one key prefix, found "
                    + prefixes + " in " + subscriptions);
        }
        return prefixes.get(0);
    }

    private static List<S3Subscription> subscriptionsTo(SamTemplate template, String bucketId) {
        List<S3Subscription> subscriptions = new ArrayList<>();
        for (Map.Entry<String, TemplateNode> function : template.resourcesOfType(FUNCTION_TYPE).entrySet()) {
            Optional<TemplateNode> events = function.getValue().field("Properties").optionalField("Events");
            if (events.isEmpty()) {
                continue;
            }
            for (Iterator<String> names = events.get().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                TemplateNode event = events.get().field(name);
                if (!event.field("Type").text().equals("S3")) {
                    continue;
                }
                TemplateNode eventProperties = event.field("Properties");
                boolean toThisBucket = eventProperties.field("Bucket").referencedResource()
                        .filter(bucketId::equals).isPresent();
                if (toThisBucket) {
                    subscriptions.add(new S3Subscription(function.getKey(), name,
                            eventProperties.field("Events").oneOrMore().stream().map(TemplateNode::text).toList(),
                            keyFilter(eventProperties)));
                }
            }
        }
        return subscriptions;
    }

    private static List<FilterRule> keyFilter(TemplateNode eventProperties) {
        return eventProperties.optionalField("Filter")
                .map(filter -> filter.field("S3Key").field("Rules").elements().stream()
                        .map(rule -> FilterRule.builder()
                                .name(rule.field("Name").text())
                                .value(rule.field("Value").text())
                                .build())
                        .toList())
                .orElse(List.of());
    }
}
