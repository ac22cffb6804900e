package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;

/**
 * Rejects, before any parsing, input that provably is not a filing: nothing at all, or binary bytes (NULs and
 * control characters, or the magic number of a PDF, zip or image). Text that is not a filing is recognised later,
 * once its envelope is known.
 */
final class InputGuard {

    private static final int SAMPLE = 8192;

    ParseIssue check(byte[] content) {
        if (content == null || content.length == 0) {
            return ParseIssue.error("EMPTY_INPUT", 0, "the input is empty");
        }
        if (isBlank(content)) {
            return ParseIssue.error("EMPTY_INPUT", 0, "the input holds only white space");
        }
        String magic = magicNumber(content);
        if (magic != null) {
            return ParseIssue.error("BINARY_INPUT", 0, "the input is a " + magic + " file, not a filing");
        }
        int n = Math.min(content.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b >= 0x20) {
                continue; // nearly every byte: one test settles it
            }
            if (b == 0) {
                return ParseIssue.error("BINARY_INPUT", i, "the input holds NUL bytes: it is binary, not a filing");
            }
            if (b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1A) {
                controls++;
            }
        }
        if (controls * 20 > n) {
            return ParseIssue.error("BINARY_INPUT", 0, "the input is mostly control bytes: it is binary, not a filing");
        }
        return null;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String magicNumber(byte[] c) {
        if (startsWith(c, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(c, 'P', 'K', 3, 4)) {
            return "zip";
        }
        if (startsWith(c, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(c, 0x1F, 0x8B)) {
            return "gzip";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
