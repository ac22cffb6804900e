package dev.edgarlive.query;

import dev.edgarlive.store.FilingStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.util.function.Supplier;

/**
 * What the API reads from: the function's store (its table and bucket) and the presigner of its links.
 *
 * <p>While the function primes itself at init ({@link QueryPriming}), requests run through the real HTTP layer
 * against a store and presigner on a loopback stub instead ({@link #primingOn}): every route then runs end to end
 * without reaching AWS, and without the function's own clients resolving credentials or opening a connection
 * that a SnapStart snapshot would keep. Outside that moment, which ends before the first event, it is the
 * function's own.
 */
@Singleton
public class ApiBackend {

    private record Parts(FilingStore store, S3Presigner presigner) {
    }

    private final Parts function;
    /** Set only while priming runs, on the init thread, before any event is served. */
    private volatile Parts priming;

    public ApiBackend(FilingStore store, S3Presigner presigner) {
        this.function = new Parts(store, presigner);
    }

    FilingStore store() {
        return current().store();
    }

    S3Presigner presigner() {
        return current().presigner();
    }

    /** Runs {@code requests} with the API reading from {@code store} and signing with {@code presigner}. */
    <T> T primingOn(FilingStore store, S3Presigner presigner, Supplier<T> requests) {
        priming = new Parts(store, presigner);
        try {
            return requests.get();
        } finally {
            priming = null;
        }
    }

    private Parts current() {
        Parts stub = priming;
        return stub != null ? stub : function;
    }
}
