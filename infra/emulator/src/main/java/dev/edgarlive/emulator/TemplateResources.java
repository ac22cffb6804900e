package dev.edgarlive.emulator;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3KeyFilter;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates on an emulator the bucket and the table exactly as template.yaml defines {@value #BUCKET} and
 * {@value #TABLE}, under names the caller chooses, and, for the local stack, the template's queues with the
 * bucket's notifications to them. Every step may be repeated: what exists already is kept.
 */
public final class TemplateResources {

    public static final String BUCKET = "FilingsBucket";
    public static final String TABLE = "FilingsTable";

    private static final System.Logger LOG = System.getLogger(TemplateResources.class.getName());

    private final SamTemplate template;
    private final BucketDefinition bucket;
    private final TableDefinition table;

    private TemplateResources(SamTemplate template) {
        this.template = template;
        this.bucket = BucketDefinition.from(template, BUCKET);
        this.table = TableDefinition.from(template, TABLE);
    }

    /** The resources of the project's template (see {@link SamTemplate#locate()}). */
    public static TemplateResources load() {
        return from(SamTemplate.load());
    }

    public static TemplateResources from(SamTemplate template) {
        return new TemplateResources(template);
    }

    public SamTemplate template() {
        return template;
    }

    public BucketDefinition bucket() {
        return bucket;
    }

    public TableDefinition table() {
        return table;
    }

    /** Creates bucket and table on the emulator (both kept if they exist) and says where they are. */
    public ProvisionedResources provision(AwsEmulator emulator, ResourceNames names) {
        try (S3Client s3 = emulator.s3(); DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            createBucket(s3, names.bucket());
            createTable(dynamoDb, names.table());
        }
        return new ProvisionedResources(emulator.endpoint(), emulator.region().id(), names.bucket(), names.table());
    }

    /** Every queue of the template, by logical id, in template order. */
    public Map<String, QueueDefinition> queues() {
        Map<String, QueueDefinition> queues = new LinkedHashMap<>();
        template.resourcesOfType(QueueDefinition.RESOURCE_TYPE).keySet()
                .forEach(id -> queues.put(id, QueueDefinition.from(template, id)));
        return queues;
    }

    /**
     * Creates every queue of the template as {@code namePrefix-<logical id>} (dead-letter queues before the queues
     * that redrive to them), each with the template's visibility timeout, retention and redrive policy; lets the
     * bucket send to the queues it notifies, and sets the bucket's notifications as the template does. Every step
     * may be repeated. The queues come back by logical id.
     */
    public Map<String, EventQueue> provisionQueues(AwsEmulator emulator, String bucketName, String namePrefix) {
        try (SqsClient sqs = emulator.sqs(); S3Client s3 = emulator.s3()) {
            Map<String, EventQueue> created = createQueues(sqs, namePrefix);
            for (String notified : bucket.notifiedQueues()) {
                EventQueue queue = created.get(notified);
                if (queue == null) {
                    throw new TemplateException(template + ": " + BUCKET + " notifies " + notified
                            + ", which is no AWS::SQS::Queue of the template");
                }
                sqs.setQueueAttributes(request -> request.queueUrl(queue.url())
                        .attributes(Map.of(QueueAttributeName.POLICY, sendFromBucketPolicy(queue.arn(), bucketName))));
            }
            notifyQueues(s3, bucketName, created);
            return created;
        }
    }

    /**
     * Creates each secret of the template on the emulator, named {@code <prefix>-<logical id>}, with a value
     * generated as CloudFormation would, and answers each one's ARN (what {@code Ref} gives on AWS) by logical id.
     * A secret that exists already is kept, value and all.
     */
    public Map<String, String> createSecrets(AwsEmulator emulator, String prefix) {
        Map<String, String> arns = new LinkedHashMap<>();
        try (SecretsManagerClient secrets = emulator.secretsManager()) {
            for (SecretDefinition secret : SecretDefinition.allIn(template).values()) {
                String name = prefix + "-" + secret.logicalId();
                String arn;
                try {
                    arn = secrets.createSecret(request -> request.name(name).secretString(secret.generateValue()))
                            .arn();
                } catch (ResourceExistsException exists) {
                    arn = secrets.describeSecret(request -> request.secretId(name)).arn();
                }
                arns.put(secret.logicalId(), arn);
            }
        }
        return arns;
    }

    private Map<String, EventQueue> createQueues(SqsClient sqs, String namePrefix) {
        Map<String, QueueDefinition> pending = new LinkedHashMap<>(queues());
        Map<String, EventQueue> created = new LinkedHashMap<>();
        Map<String, String> arns = new HashMap<>();
        while (!pending.isEmpty()) {
            List<QueueDefinition> ready = pending.values().stream()
                    .filter(queue -> queue.redrive().map(r -> arns.containsKey(r.deadLetterQueue())).orElse(true))
                    .toList();
            if (ready.isEmpty()) {
                throw new TemplateException(template + ": the redrive policies of " + pending.keySet()
                        + " name no queue that can be created first");
            }
            for (QueueDefinition definition : ready) {
                String name = namePrefix + "-" + definition.logicalId();
                String url = sqs.createQueue(request -> request.queueName(name)).queueUrl();
                Map<QueueAttributeName, String> attributes = definition.attributes(arns);
                if (!attributes.isEmpty()) {
                    sqs.setQueueAttributes(request -> request.queueUrl(url).attributes(attributes));
                }
                String arn = sqs.getQueueAttributes(request -> request.queueUrl(url)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
                created.put(definition.logicalId(), new EventQueue(name, url, arn));
                arns.put(definition.logicalId(), arn);
                pending.remove(definition.logicalId());
                LOG.log(Level.DEBUG, "Created queue {0} for {1}", name, definition.logicalId());
            }
        }
        return created;
    }

    public void createBucket(S3Client s3, String name) {
        try {
            s3.createBucket(request -> request.bucket(name));
            LOG.log(Level.DEBUG, "Created bucket {0}", name);
        } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException exists) {
            LOG.log(Level.DEBUG, "Bucket {0} exists already", name);
        }
        bucket.versioning().ifPresent(status -> s3.putBucketVersioning(request -> request.bucket(name)
                .versioningConfiguration(versioning -> versioning.status(status))));
        bucket.encryptionAlgorithm().ifPresent(algorithm -> s3.putBucketEncryption(request -> request.bucket(name)
                .serverSideEncryptionConfiguration(sse -> sse.rules(rule -> rule
                        .applyServerSideEncryptionByDefault(byDefault -> byDefault.sseAlgorithm(algorithm))))));
    }

    /**
     * Creates the table and waits until it is ACTIVE. A table of that name that exists already is kept if it has
     * the template's keys, indexes and billing; one with another shape is refused, naming the differences.
     */
    public void createTable(DynamoDbClient dynamoDb, String name) {
        try {
            dynamoDb.createTable(table.createRequest(name));
            LOG.log(Level.DEBUG, "Created table {0}", name);
        } catch (ResourceInUseException exists) {
            List<String> differences = table.differencesFrom(
                    dynamoDb.describeTable(request -> request.tableName(name)).table());
            if (!differences.isEmpty()) {
                throw new TemplateException("Table " + name + " exists on the emulator but not as " + template
                        + " defines " + TABLE + ": " + String.join("; ", differences)
                        + ". Delete the table or provision under another name.");
            }
            LOG.log(Level.DEBUG, "Table {0} exists already, as the template defines it", name);
        }
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(name));
        table.timeToLiveAttribute().ifPresent(attribute -> enableTimeToLive(dynamoDb, name, attribute));
    }

    /** Sends the bucket's events to the queues, as its NotificationConfiguration in the template says. */
    private void notifyQueues(S3Client s3, String bucketName, Map<String, EventQueue> queues) {
        List<QueueConfiguration> configurations = new ArrayList<>();
        for (int i = 0; i < bucket.notifications().size(); i++) {
            QueueNotification notification = bucket.notifications().get(i);
            configurations.add(QueueConfiguration.builder()
                    .id(notification.queue() + "-" + (i + 1))
                    .queueArn(queues.get(notification.queue()).arn())
                    .eventsWithStrings(notification.event())
                    .filter(NotificationConfigurationFilter.builder()
                            .key(S3KeyFilter.builder().filterRules(notification.keyFilter()).build())
                            .build())
                    .build());
        }
        s3.putBucketNotificationConfiguration(request -> request.bucket(bucketName)
                .notificationConfiguration(notifications -> notifications.queueConfigurations(configurations)));
    }

    private static void enableTimeToLive(DynamoDbClient dynamoDb, String tableName, String attribute) {
        TimeToLiveStatus status = dynamoDb.describeTimeToLive(DescribeTimeToLiveRequest.builder()
                .tableName(tableName).build()).timeToLiveDescription().timeToLiveStatus();
        // Enabling TTL twice is an error on AWS, so a repeated provisioning asks first.
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        dynamoDb.updateTimeToLive(request -> request.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.attributeName(attribute).enabled(true)));
    }

    private static String sendFromBucketPolicy(String queueArn, String bucketName) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"Service":"s3.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"%s",\
                "Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::%s"}}}]}""".formatted(queueArn, bucketName);
    }
}
