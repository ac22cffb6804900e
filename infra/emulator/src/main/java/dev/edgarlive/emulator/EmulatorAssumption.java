package dev.edgarlive.emulator;

import org.opentest4j.TestAbortedException;

/**
 * For tests that need the emulator: where there is none, the test is skipped with the reason, except on CI
 * ({@code CI=true}), where the missing emulator fails the run. Any JUnit 5 test and any Quarkus test resource may
 * call it; JUnit reports a {@link TestAbortedException} as a skipped test.
 */
public final class EmulatorAssumption {

    private EmulatorAssumption() {
    }

    /**
     * @throws TestAbortedException when no emulator is available and CI is not true
     * @throws EmulatorUnavailableException when no emulator is available on CI
     */
    public static AwsEmulator sharedOrSkip() {
        try {
            return AwsEmulator.shared();
        } catch (EmulatorUnavailableException unavailable) {
            if (AwsEmulator.requiredByCi()) {
                throw unavailable;
            }
            throw new TestAbortedException("Skipped: " + unavailable.getMessage(), unavailable);
        }
    }
}
