package dev.edgarlive.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;

/**
 * {@code java -jar benchmarks.jar [JMH options]}: a corpus survey, then the JMH run, then the
 * MB/s table that JMH's ops/s stand for. Takes every JMH option ({@code -wi 2 -i 3 -f 1}, {@code -p
 * format=xml}, {@code -prof gc}); listing and help options go straight to JMH.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Corpus corpus;
        try {
            corpus = Corpus.locate();
        } catch (IllegalStateException absent) {
            System.err.println("parser-bench: " + absent.getMessage());
            System.exit(2);
            return;
        }
        new CorpusSurvey(corpus).print(System.out);

        ChainedOptionsBuilder run = new OptionsBuilder().parent(options);
        if (options.getIncludes().isEmpty()) {
            run.include(ParserThroughput.class.getSimpleName());
        }
        if (!options.getParameter("format").hasValue()) {
            run.param("format", corpus.formats().toArray(new String[0]));
        }
        Collection<RunResult> results = new Runner(run.build()).run();
        new ThroughputReport(corpus, results).print(System.out);
    }
}
