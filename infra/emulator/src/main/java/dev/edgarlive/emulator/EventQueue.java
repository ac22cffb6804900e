package dev.edgarlive.emulator;

/**
 * The SQS queue that receives the bucket's S3 notifications on the local stack, where no Lambda service invokes
 * the ingest function: a poller reads this queue instead. Not part of the AWS deployment.
 */
public record EventQueue(String name, String url, String arn) {
}
