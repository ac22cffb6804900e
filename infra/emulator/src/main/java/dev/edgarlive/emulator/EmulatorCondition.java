package dev.edgarlive.emulator;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, before any test callback runs (and so before Quarkus boots), whether the emulator is there: without
 * one the tests are skipped with the reason, except on CI ({@code CI=true}), where the run fails. Finding the
 * emulator here also starts it, once per JVM, for the test resources and tests that follow.
 */
public final class EmulatorCondition implements ExecutionCondition {

    private final Supplier<AwsEmulator> emulator;
    private final BooleanSupplier requiredByCi;

    public EmulatorCondition() {
        this(AwsEmulator::shared, AwsEmulator::requiredByCi);
    }

    EmulatorCondition(Supplier<AwsEmulator> emulator, BooleanSupplier requiredByCi) {
        this.emulator = emulator;
        this.requiredByCi = requiredByCi;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            return ConditionEvaluationResult.enabled("AWS API emulator: " + emulator.get().description());
        } catch (EmulatorUnavailableException unavailable) {
            if (requiredByCi.getAsBoolean()) {
                throw unavailable;
            }
            return ConditionEvaluationResult.disabled("Skipped: " + unavailable.getMessage());
        }
    }
}
