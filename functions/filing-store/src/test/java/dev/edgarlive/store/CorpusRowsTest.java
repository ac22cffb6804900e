package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filing the parser makes of the shared corpus, laid out as rows and put back together without the
 * emulator: each row within the budget, each filing equal after the round trip. Prints the sizes it saw.
 */
class CorpusRowsTest {

    @Test
    void everyParsedCorpusFilingFitsItsRowsAndRoundTrips() throws IOException {
        Path files = Path.of(System.getProperty("edgar.corpus.dir", "../../../shared/corpus")).resolve("files");
        Assumptions.assumeTrue(Files.isDirectory(files), "Skipped: the shared corpus is not at " + files);
        List<Path> paths;
        try (Stream<Path> list = Files.list(files)) {
            paths = list.filter(Files::isRegularFile).sorted().toList();
        }
        FilingParser parser = new FilingParser();
        int parsed = 0;
        long rowCount = 0;
        long rowBytes = 0;
        long objectBytes = 0;
        long largestRow = 0;
        int objects = 0;
        List<String> refused = new ArrayList<>();
        for (Path path : paths) {
            byte[] bytes = Files.readAllBytes(path);
            ParseResult result = parser.parse(bytes);
            if (!result.succeeded()) {
                continue;
            }
            parsed++;
            Filing filing = result.filing().orElseThrow();
            String sha = Hashes.sha256Hex(bytes);
            String id = FilingId.of(filing, sha).value();
            FilingRows rows;
            try {
                rows = FilingRows.of(id, filing, sha, List.of("filings/" + path.getFileName()), Instant.EPOCH, 8,
                        new FilingRows.Version("0123456789abcdef", 1, 1));
            } catch (FilingTooLargeException tooLarge) {
                refused.add(path.getFileName() + ": " + tooLarge.getMessage());
                continue;
            }
            for (Map<String, AttributeValue> row : rows.allRows()) {
                long size = ItemSize.of(row);
                assertThat(size).as(path.getFileName() + " " + row.get(Keys.SK).s())
                        .isLessThanOrEqualTo(ItemSize.BUDGET);
                rowCount++;
                rowBytes += size;
                largestRow = Math.max(largestRow, size);
            }
            Map<String, String> texts = new HashMap<>();
            for (FilingRows.DerivedObject o : rows.objects()) {
                texts.put(o.key(), new String(o.bytes(), StandardCharsets.UTF_8));
                objects++;
                objectBytes += o.bytes().length;
            }
            List<Map<String, AttributeValue>> sorted = new ArrayList<>(rows.allRows());
            sorted.sort((a, b) -> a.get(Keys.SK).s().compareTo(b.get(Keys.SK).s()));
            assertThat(new FilingAssembler(texts::get).assemble(sorted, true).orElseThrow().filing())
                    .as(path.getFileName().toString()).isEqualTo(filing);
        }
        System.out.printf("CorpusRowsTest: %d files, %d parsed; %d rows, %,d bytes (largest %,d); "
                + "%d S3 objects, %,d bytes; %d refused%n", paths.size(), parsed, rowCount, rowBytes, largestRow,
                objects, objectBytes, refused.size());
        refused.forEach(r -> System.out.println("  refused " + r));
        assertThat(refused).isEmpty();
    }
}
