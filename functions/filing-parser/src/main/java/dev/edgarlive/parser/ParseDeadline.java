package dev.edgarlive.parser;

import java.time.Duration;

/**
 * When a parse must give up. Checked cooperatively between stages (and between the documents of a submission),
 * so an input that makes parsing slow ends as a {@code PARSE_TIMEOUT} error on the calling thread: no worker
 * thread is left running on after the caller stopped waiting, as one would be if the parse ran in a thread that
 * was abandoned at a timeout (the JVM can no longer stop a thread from outside).
 */
final class ParseDeadline {

    static final ParseDeadline NONE = new ParseDeadline(Long.MAX_VALUE, null);

    private final long deadlineNanos;
    private final Duration budget;

    private ParseDeadline(long deadlineNanos, Duration budget) {
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now; none when the budget is null. */
    static ParseDeadline after(Duration budget) {
        if (budget == null) {
            return NONE;
        }
        long now = System.nanoTime();
        long nanos = budget.isNegative() ? 0 : budget.toNanos();
        return new ParseDeadline(Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos, budget);
    }

    /** Throws {@link Exceeded} when the budget is spent; {@code done} names the stage just finished. */
    void check(String done) {
        if (this != NONE && System.nanoTime() - deadlineNanos >= 0) {
            throw new Exceeded(budget, done);
        }
    }

    /** The budget ran out. Carries no stack trace: it is an outcome, reported as a parse error. */
    static final class Exceeded extends RuntimeException {

        Exceeded(Duration budget, String done) {
            super("parsing took longer than its budget of " + budget.toMillis() + " ms; stopped after " + done,
                    null, false, false);
        }
    }
}
