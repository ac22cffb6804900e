package dev.edgarlive.emulator;

/** An SQS queue of the template as created on the emulator: its name there, its URL and its ARN. */
public record EventQueue(String name, String url, String arn) {
}
