package dev.edgarlive.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GzipFilingTest {

    private static final byte[] FILING = ("<SEC-DOCUMENT>0000950134-00-009581.txt : 20001128\n"
            + "CONFORMED SUBMISSION TYPE:\t8-K\n" + "Item 5. Other Events.\n".repeat(40))
            .getBytes(StandardCharsets.US_ASCII);

    private final GzipFiling gzip = new GzipFiling(64L << 20, 100);

    @Test
    void aGzipUploadIsOpenedToTheFilingItHoldsWhateverItsName() throws IOException {
        GzipFiling.Opened byName = gzip.open("filings/8-K.txt.gz", gzipped(FILING));
        GzipFiling.Opened byMagic = gzip.open("filings/8-K.txt", gzipped(FILING));

        assertThat(byName.refused()).isFalse();
        assertThat(byName.wasCompressed()).isTrue();
        assertThat(byName.content()).isEqualTo(FILING);
        assertThat(byMagic.content()).isEqualTo(FILING);
    }

    @Test
    void plainBytesPassThroughUntouched() {
        GzipFiling.Opened plain = gzip.open("filings/8-K.txt", FILING);

        assertThat(plain.wasCompressed()).isFalse();
        assertThat(plain.content()).isSameAs(FILING);
    }

    @Test
    void aGzipBombStopsAtTheRatioCeilingWithItsReason() throws IOException {
        byte[] zeros = new byte[200 << 20]; // 200 MB of zeros: about 200 KB gzipped, a 1000:1 ratio
        byte[] bomb = gzipped(zeros);

        GzipFiling.Opened opened = gzip.open("filings/bomb.txt.gz", bomb);

        assertThat(opened.refused()).isTrue();
        assertThat(opened.content()).isNull();
        assertThat(opened.reason()).startsWith("DECOMPRESSION_LIMIT").contains(Integer.toString(bomb.length));
    }

    @Test
    void theAbsoluteCeilingHoldsEvenWithinTheRatio() throws IOException {
        byte[] text = "Item 7. Financial Statements and Exhibits. ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);

        GzipFiling.Opened opened = new GzipFiling(1 << 20, 1000).open("filings/big.gz", gzipped(text));

        assertThat(opened.reason()).startsWith("DECOMPRESSION_LIMIT").contains("1048576");
    }

    @Test
    void aTruncatedGzipIsCorruptWithTheOffsetWhereItEnds() throws IOException {
        byte[] whole = gzipped(FILING);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        GzipFiling.Opened opened = gzip.open("filings/cut.gz", cut);

        assertThat(opened.reason()).startsWith("CORRUPT_GZIP").contains("of " + cut.length);
    }

    @Test
    void aGzNameOverBytesThatAreNoGzipIsCorrupt() {
        assertThat(gzip.open("filings/not-really.gz", FILING).reason()).startsWith("CORRUPT_GZIP");
    }

    static byte[] gzipped(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
