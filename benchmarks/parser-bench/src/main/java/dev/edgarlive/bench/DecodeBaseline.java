package dev.edgarlive.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The least any reader of these files must do: turn the bytes into text. UTF-8 where the bytes are
 * UTF-8, else cp1252 (which EDGAR's older filings are written in). The parser is measured against it.
 */
final class DecodeBaseline {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private DecodeBaseline() {
    }

    static String decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        // A replacement character means the bytes were not UTF-8 (or held one already, which is rare).
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(bytes, CP1252);
    }
}
