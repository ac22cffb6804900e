package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@link FilingParser#VERSION} changes whenever the parser's output does, so that stored data made by an older
 * parser is found and parsed again.
 *
 * <p>{@code parser-output.digest} (test resources) holds one line per parser version: the version, the SHA-256 of
 * everything the parser makes of the samples, and of the shared corpus. This test digests the output now and
 * fails, printing the line to add, when the output no longer matches the last line, or the last line is not
 * {@code VERSION}. The corpus digest is checked where the corpus is present; the samples digest everywhere.
 */
class ParserVersionTest {

    private static final String DIGESTS = "/parser-output.digest";

    private final FilingParser parser = new FilingParser();

    @Test
    void theVersionChangesWheneverTheOutputDoes() throws IOException {
        List<String[]> lines = recorded();
        String[] last = lines.get(lines.size() - 1);
        String samples = digest(files(Path.of(System.getProperty("edgar.samples.dir", "../../samples"))));
        Path corpusFiles = Path.of(System.getProperty("edgar.corpus.dir", "../../../shared/corpus"), "files");
        String corpus = Files.isDirectory(corpusFiles) ? digest(files(corpusFiles)) : last[2];
        boolean outputChanged = !samples.equals(last[1]) || !corpus.equals(last[2]);
        if (outputChanged || Integer.parseInt(last[0]) != FilingParser.VERSION) {
            int next = Math.max(FilingParser.VERSION, Integer.parseInt(last[0]) + (outputChanged ? 1 : 0));
            fail("The parser's output " + (outputChanged ? "changed" : "is unchanged") + " (version "
                    + FilingParser.VERSION + ", last recorded " + last[0] + "). Set FilingParser.VERSION to " + next
                    + (outputChanged ? " and append this line to src/test/resources/parser-output.digest:\n"
                    + next + " " + samples + " " + corpus : " as recorded")
                    + (Files.isDirectory(corpusFiles) ? "" : "\n(corpus absent here: its digest was not checked)"));
        }
    }

    @Test
    void eachRecordedVersionIsNewerThanTheOneBeforeAndNamesOtherOutput() throws IOException {
        List<String[]> lines = recorded();
        for (int i = 1; i < lines.size(); i++) {
            assertThat(Integer.parseInt(lines.get(i)[0])).isGreaterThan(Integer.parseInt(lines.get(i - 1)[0]));
            assertThat(lines.get(i)[1] + lines.get(i)[2]).isNotEqualTo(lines.get(i - 1)[1] + lines.get(i - 1)[2]);
        }
    }

    /** SHA-256 over each file's name and the whole result the parser makes of it (records print every field). */
    private String digest(List<Path> files) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path file : files) {
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(parser.parse(Files.readAllBytes(file)).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String[]> recorded() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = ParserVersionTest.class.getResourceAsStream(DIGESTS)) {
            assertThat(in).as(DIGESTS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip().split("\\s+"));
                }
            }
        }
        assertThat(lines).as("versions recorded in " + DIGESTS).isNotEmpty();
        return lines;
    }
}
