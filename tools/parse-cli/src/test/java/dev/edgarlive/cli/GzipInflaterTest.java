package dev.edgarlive.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GzipInflaterTest {

    @Test
    void inflatesEveryMemberOfConcatenatedGzipFiles() throws Exception {
        byte[] first = gzip("<SEC-DOCUMENT>".getBytes(StandardCharsets.US_ASCII));
        byte[] second = gzip("</SEC-DOCUMENT>".getBytes(StandardCharsets.US_ASCII));

        byte[] inflated = new GzipInflater().inflate(concat(first, second));

        assertThat(new String(inflated, StandardCharsets.US_ASCII)).isEqualTo("<SEC-DOCUMENT></SEC-DOCUMENT>");
    }

    @Test
    void refusesAnInputThatInflatesPastTheRatioOfItsCompressedSize() throws Exception {
        byte[] bomb = gzip(new byte[4 << 20]);   // zeros deflate about a thousand times

        assertThatThrownBy(() -> new GzipInflater(200, 1 << 20, 1 << 30).inflate(bomb))
                .isInstanceOf(GzipInflater.LimitExceeded.class)
                .hasMessageContaining("more than 200 times its compressed size of " + bomb.length + " bytes");
    }

    @Test
    void letsASmallInputInflateUpToTheFloorWhateverItsRatio() throws Exception {
        byte[] zeros = gzip(new byte[1000]);
        assertThat(1000 / zeros.length).as("the ratio is above the limit of 10").isGreaterThan(10);

        assertThat(new GzipInflater(10, 1000, 1 << 20).inflate(zeros)).hasSize(1000);
    }

    @Test
    void refusesAnInputThatInflatesPastTheAbsoluteCapWhateverItsRatio() throws Exception {
        byte[] noise = gzip(randomText(1001));

        assertThatThrownBy(() -> new GzipInflater(1000, 10, 1000).inflate(noise))
                .isInstanceOf(GzipInflater.LimitExceeded.class)
                .hasMessageContaining("more than 1000 bytes");
    }

    @Test
    void takesAnInputThatInflatesExactlyToTheCap() throws Exception {
        byte[] text = randomText(1000);

        assertThat(new GzipInflater(1000, 10, 1000).inflate(gzip(text))).isEqualTo(text);
    }

    @Test
    void aGzipFileCutShortIsAnIoError() throws Exception {
        byte[] whole = gzip(randomText(5000));

        assertThatThrownBy(() -> new GzipInflater().inflate(Arrays.copyOf(whole, whole.length / 2)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aGzipFileWithABadChecksumIsAnIoError() throws Exception {
        byte[] damaged = gzip(randomText(5000));
        damaged[damaged.length - 8] ^= 0x01;   // the trailer's CRC-32 of the inflated bytes

        assertThatThrownBy(() -> new GzipInflater().inflate(damaged)).isInstanceOf(ZipException.class);
    }

    @Test
    void knowsGzipByItsMagicNumber() throws Exception {
        assertThat(GzipInflater.isGzip(gzip(new byte[1]))).isTrue();
        assertThat(GzipInflater.isGzip("<SEC-DOCUMENT>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(GzipInflater.isGzip(new byte[] {0x1F})).isFalse();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    /** Letters that deflate only a little, so that the ratio stays low and only the absolute cap applies. */
    private static byte[] randomText(int length) {
        Random random = new Random(13);
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        return text;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
