package dev.edgarlive.emulator;

import java.util.List;
import software.amazon.awssdk.services.s3.model.FilterRule;

/**
 * One S3 event source of a function in the template: which events of the bucket reach it, for which keys.
 * The local stack routes the same events, with the same key filter, to a queue.
 *
 * @param function logical id of the function that subscribes
 * @param name the event's name under the function's Events
 * @param events S3 event types, such as {@code s3:ObjectCreated:*}
 * @param keyFilter prefix and suffix rules, as written in the template
 */
public record S3Subscription(String function, String name, List<String> events, List<FilterRule> keyFilter) {

    public S3Subscription {
        events = List.copyOf(events);
        keyFilter = List.copyOf(keyFilter);
    }

    /** The key prefix the subscription is scoped to, or "" when it takes every key. */
    public String prefix() {
        return keyFilter.stream()
                .filter(rule -> rule.nameAsString().equalsIgnoreCase("prefix"))
                .map(FilterRule::value)
                .findFirst()
                .orElse("");
    }
}
