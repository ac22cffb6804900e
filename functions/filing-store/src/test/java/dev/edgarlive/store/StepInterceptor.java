package dev.edgarlive.store;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Numbers every request the store's clients send (DynamoDB and S3 alike) and can, at request N, throw before it
 * is sent (the write never happened) or after its answer arrived (the write happened, the caller never learns
 * it): the two ways a Lambda dies or loses its connection around one step of a save. Between requests it can run
 * a hook, so that a test reads the table at every step of a write, deterministically.
 */
final class StepInterceptor implements ExecutionInterceptor {

    enum When { BEFORE, AFTER }

    /** The failure this interceptor throws: stands for a timeout, a crash, a lost connection. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault(String step) {
            super("injected fault " + step);
        }
    }

    private static final ExecutionAttribute<Integer> NUMBER = new ExecutionAttribute<>("StepInterceptor.number");

    private final List<String> steps = new ArrayList<>();
    private int failAt = -1;
    private When failWhen;
    private Consumer<String> hook;

    /** Throws at request {@code n} (1-based, counted from the last {@link #reset}). */
    synchronized void failAt(int n, When when) {
        failAt = n;
        failWhen = when;
    }

    /** Runs {@code hook} before and after every request, with the request's name. */
    synchronized void onEveryStep(Consumer<String> hook) {
        this.hook = hook;
    }

    synchronized void reset() {
        steps.clear();
        failAt = -1;
        hook = null;
    }

    /** The requests sent since the last reset, as "service.operation". */
    synchronized List<String> steps() {
        return List.copyOf(steps);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String step;
        boolean fail;
        Consumer<String> run;
        synchronized (this) {
            step = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            steps.add(step);
            attributes.putAttribute(NUMBER, steps.size());
            fail = steps.size() == failAt && failWhen == When.BEFORE;
            run = hook;
        }
        if (run != null) {
            run.accept("before " + step);
        }
        if (fail) {
            throw new InjectedFault("before request " + failAt + " (" + step + ")");
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Integer number = attributes.getAttribute(NUMBER);
        boolean fail;
        Consumer<String> run;
        synchronized (this) {
            fail = number != null && number == failAt && failWhen == When.AFTER;
            run = hook;
        }
        if (run != null) {
            run.accept("after request " + number);
        }
        if (fail) {
            throw new InjectedFault("after request " + number);
        }
    }
}
