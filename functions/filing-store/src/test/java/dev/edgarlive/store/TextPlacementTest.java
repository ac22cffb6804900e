package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextPlacementTest {

    @Test
    void aCompressedTextDecompressesToTheBytesItsRowClaims() {
        byte[] text = "Item 8.01 Other Events. ".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        assertThat(TextPlacement.gunzip(TextPlacement.gzip(text), text.length)).isEqualTo(text);
    }

    @Test
    void aZipBombStopsOneBytePastWhatTheRowClaims() {
        // 64 MB of zeros compress to about 64 KB: a row that claims 1 KB must not cost 64 MB to refuse.
        byte[] bomb = TextPlacement.gzip(new byte[64 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(TextPlacement.COMPRESSED_LIMIT);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();

        assertThatThrownBy(() -> TextPlacement.gunzip(bomb, 1024)).isInstanceOf(CorruptRowException.class)
                .hasMessageContaining("more than 1025 bytes");

        assertThat(runtime.totalMemory() - runtime.freeMemory() - before).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void aRowThatClaimsMoreThanTheCapIsNotDecompressedAtAll() {
        byte[] small = TextPlacement.gzip("x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextPlacement.gunzip(small, TextPlacement.DECOMPRESSED_LIMIT + 1L))
                .isInstanceOf(CorruptRowException.class);
        assertThatThrownBy(() -> TextPlacement.gunzip(small, -1)).isInstanceOf(CorruptRowException.class);
    }

    @Test
    void aShortTextIsRefusedToo() {
        byte[] text = "short".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextPlacement.gunzip(TextPlacement.gzip(text), 6)).isInstanceOf(CorruptRowException.class);
    }

    @Test
    void aLargeTextGoesToS3HoweverWellItCompresses() {
        String degenerate = "-".repeat(TextPlacement.ROW_TEXT_LIMIT + 1);
        assertThat(TextPlacement.place(degenerate, "derived/x/items/1.txt").encoding())
                .isEqualTo(TextPlacement.Encoding.S3);
        String justUnder = "-".repeat(TextPlacement.ROW_TEXT_LIMIT);
        assertThat(TextPlacement.place(justUnder, "derived/x/items/1.txt").encoding())
                .isEqualTo(TextPlacement.Encoding.GZIP);
    }
}
