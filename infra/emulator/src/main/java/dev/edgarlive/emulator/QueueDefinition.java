package dev.edgarlive.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS queue as an {@code AWS::SQS::Queue} resource of the template defines it: what shapes how messages move
 * through it. Encryption is left out: it changes nothing an emulator run can observe.
 *
 * @param visibilityTimeoutSeconds how long a received message stays hidden before it is delivered again
 * @param retentionSeconds how long an unreceived message is kept
 * @param redrive where a message goes after too many deliveries, when the template says
 */
public record QueueDefinition(String logicalId, Optional<Integer> visibilityTimeoutSeconds,
        Optional<Integer> retentionSeconds, Optional<Redrive> redrive) {

    public static final String RESOURCE_TYPE = "AWS::SQS::Queue";

    /**
     * @param deadLetterQueue logical id of the queue ({@code deadLetterTargetArn: !GetAtt X.Arn})
     * @param maxReceiveCount deliveries before the message moves there
     */
    public record Redrive(String deadLetterQueue, int maxReceiveCount) {
    }

    /** Reads the queue resource {@code logicalId}; a number may be a literal or a Ref to a parameter's default. */
    public static QueueDefinition from(SamTemplate template, String logicalId) {
        TemplateNode properties = template.resource(logicalId).optionalField("Properties")
                .orElse(new TemplateNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                        "Resources." + logicalId + ".Properties", template.toString()));
        return new QueueDefinition(logicalId,
                properties.optionalField("VisibilityTimeout").map(n -> (int) template.number(n)),
                properties.optionalField("MessageRetentionPeriod").map(n -> (int) template.number(n)),
                properties.optionalField("RedrivePolicy").map(policy -> new Redrive(
                        policy.field("deadLetterTargetArn").attributeOf("Arn")
                                .orElseThrow(() -> policy.problem(policy.path()
                                        + ".deadLetterTargetArn must be !GetAtt <queue>.Arn")),
                        (int) template.number(policy.field("maxReceiveCount")))));
    }

    /**
     * The attributes to create the queue with; the dead-letter queue named by its ARN where the emulator created it.
     *
     * @param arnOf the ARN of each queue created so far, by logical id
     */
    public Map<QueueAttributeName, String> attributes(Map<String, String> arnOf) {
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        visibilityTimeoutSeconds.ifPresent(v -> attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, v.toString()));
        retentionSeconds.ifPresent(v -> attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, v.toString()));
        redrive.ifPresent(r -> {
            String target = arnOf.get(r.deadLetterQueue());
            if (target == null) {
                throw new TemplateException("queue " + logicalId + " redrives to " + r.deadLetterQueue()
                        + ", which is not created before it (is it a queue of the template?)");
            }
            attributes.put(QueueAttributeName.REDRIVE_POLICY,
                    "{\"deadLetterTargetArn\":\"" + target + "\",\"maxReceiveCount\":" + r.maxReceiveCount() + "}");
        });
        return attributes;
    }
}
