package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy targets of issue 3, asserted over the shared corpus (skipped when it is absent). The figures are
 * printed and written to {@code target/accuracy.md}; {@code bin/accuracy} runs this test alone.
 */
class CorpusAccuracyTest {

    @Test
    void itemSetsAndCompanyNamesMeetTheTargets() throws IOException {
        Corpus corpus = Corpus.requireCorpus();
        AccuracyHarness.Report report = new AccuracyHarness().run(corpus);
        String markdown = report.markdown();
        Files.writeString(Path.of("target", "accuracy.md"), markdown + "\nMisses:\n\n" + report.misses());
        System.out.println(markdown);
        System.out.println(report.misses());

        assertThat(report.itemAccuracy(AccuracyHarness.CURRENT_ERA)).as("post-2004 8-K item sets exact").isGreaterThanOrEqualTo(0.99);
        assertThat(report.itemAccuracy(AccuracyHarness.LEGACY_ERA)).as("pre-2004 8-K item sets exact").isGreaterThanOrEqualTo(0.97);
        assertThat(report.nameAccuracy()).as("company name found in the body alone").isGreaterThanOrEqualTo(0.95);
    }
}
