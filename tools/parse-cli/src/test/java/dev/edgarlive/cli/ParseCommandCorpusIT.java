package dev.edgarlive.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole corpus through the command on one thread and on several: the same bytes out. */
class ParseCommandCorpusIT {

    @Test
    void printsTheCorpusTheSameOnOneThreadAndOnFour() throws IOException {
        Path files = Path.of(System.getProperty("edgar.corpus.dir", "../../../shared/corpus")).resolve("files");
        assumeTrue(Files.isDirectory(files), "corpus not found at " + files + " (set -Dedgar.corpus.dir): skipped");
        List<String> sources;
        try (Stream<Path> listing = Files.list(files)) {
            // Sorted as the shell's glob sorts them, the order bin/parse over files/* sees.
            sources = listing.map(Path::toString).sorted().toList();
        }

        ParseCommandTest.Run oneThread = ParseCommandTest.run(ParseCommandTest.withThreads(1, sources));
        ParseCommandTest.Run fourThreads = ParseCommandTest.run(ParseCommandTest.withThreads(4, sources));

        assertThat(oneThread.records()).hasSize(sources.size());
        // Compared as text, not with isEqualTo, whose failure message would print some 75 MB twice.
        int firstDifference = firstDifference(oneThread.out(), fourThreads.out());
        assertThat(firstDifference).as("first differing character; four threads printed around it: %s",
                excerpt(fourThreads.out(), firstDifference)).isEqualTo(-1);
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String excerpt(String text, int at) {
        return at < 0 ? "" : text.substring(Math.max(0, at - 100), Math.min(text.length(), at + 100));
    }
}
