package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class EmulatorConditionTest {

    private static AwsEmulator unavailable() {
        throw new EmulatorUnavailableException("");
    }

    @Test
    void withoutAnEmulatorTheTestIsSkippedWithTheReason() {
        ConditionEvaluationResult result =
                new EmulatorCondition(EmulatorConditionTest::unavailable, () -> false).evaluateExecutionCondition(null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Skipped: No AWS API emulator").contains("moto_server"));
    }

    @Test
    void withoutAnEmulatorOnCiTheRunFails() {
        EmulatorCondition condition = new EmulatorCondition(EmulatorConditionTest::unavailable, () -> true);

        assertThatThrownBy(() -> condition.evaluateExecutionCondition(null))
                .isInstanceOf(EmulatorUnavailableException.class);
    }

    @Test
    void withAnEmulatorTheTestRuns() {
        try (AwsEmulator emulator = AwsEmulator.locate(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"),
                new DockerProbe(Map.of(), java.nio.file.Path.of("/nonexistent"), java.util.List.of()))) {
            ConditionEvaluationResult result =
                    new EmulatorCondition(() -> emulator, () -> true).evaluateExecutionCondition(null);

            assertThat(result.isDisabled()).isFalse();
            assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason).contains("4566"));
        }
    }
}
