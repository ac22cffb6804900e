package dev.edgarlive.bench;

import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses one file (by default the corpus's largest) in a fresh JVM and reports the heap it took:
 * bytes allocated by the parse, the peak heap in use while it ran (as the JVM's memory pools record
 * it), and what the result keeps alive. bin/bench runs it under -Xmx512m, the Lambda's size, and
 * under smaller heaps to find the least one that suffices.
 *
 * <p>Exit status: 0 when the parse fitted, 3 when it ran out of heap, 4 when the parser threw.
 */
public final class PeakHeap {

    private static final int OUT_OF_HEAP = 3;
    private static final int PARSER_THREW = 4;

    private PeakHeap() {
    }

    public static void main(String[] args) {
        CorpusFile file = args.length > 0
                ? new CorpusFile(Path.of(args[0]), "given", Path.of(args[0]).toFile().length())
                : Corpus.locate().largest();
        byte[] content;
        try {
            content = file.read();
        } catch (OutOfMemoryError e) {
            // Too small a heap to hold even the input: a lack of heap, like running out while parsing.
            System.out.printf("peak-heap: %s (%.2f MB) does not even load in -Xmx%dm%n", file.name(),
                    file.size() / 1e6, Runtime.getRuntime().maxMemory() >> 20);
            System.exit(OUT_OF_HEAP);
            return;
        }
        FilingParser parser = new FilingParser();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        System.gc();
        long before = usedHeap(heapPools);
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        ParseResult result;
        try {
            result = parser.parse(content);
        } catch (OutOfMemoryError e) {
            content = null;
            System.out.printf("peak-heap: %s (%.2f MB) did NOT fit in -Xmx%dm: %s%n", file.name(),
                    file.size() / 1e6, Runtime.getRuntime().maxMemory() >> 20, e.getMessage());
            System.exit(OUT_OF_HEAP);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // The parser must never throw; say so plainly rather than with a bare stack trace.
            System.out.printf("peak-heap: %s: the parser threw %s%n", file.name(), e);
            System.exit(PARSER_THREW);
            return;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        // Pools peak at different moments, so their sum is an upper bound on the true peak.
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = usedHeap(heapPools) - before;
        String outcome = result.succeeded() ? "filing" : "error " + result.failureReason();

        System.out.printf("peak-heap: %s (%.2f MB, %s), -Xmx%dm, GC %s%n", file.name(), file.size() / 1e6,
                file.format(), Runtime.getRuntime().maxMemory() >> 20, collectors());
        System.out.printf("peak-heap:   parse result: %s%n", outcome);
        System.out.printf("peak-heap:   allocated during parse: %.1f MB (%.1fx the input)%n", allocated / 1e6,
                (double) allocated / file.size());
        System.out.printf("peak-heap:   peak heap used (sum of pool peaks, input included): %.1f MB%n", peak / 1e6);
        // Class loading and JIT garbage freed after the baseline can make the difference negative.
        System.out.printf("peak-heap:   retained by the result after GC: %s%n",
                retained < 100_000 ? "under 0.1 MB (within measurement noise)" : String.format("%.1f MB", retained / 1e6));
        // Keeps the result reachable until the retained size has been measured.
        java.lang.ref.Reference.reachabilityFence(result);
    }

    private static long usedHeap(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("+"));
    }
}
