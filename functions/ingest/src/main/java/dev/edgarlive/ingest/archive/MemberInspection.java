package dev.edgarlive.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the start of a member says about it: whether it can be a filing at all (text, not an image, a PDF or another
 * archive), and the form type its SEC header gives ({@code CONFORMED SUBMISSION TYPE:} in a complete submission
 * file, {@code <TYPE>} in EDGAR's dissemination {@code .nc} format and in document blocks). Only a first look: the
 * ingest function's parser decides the rest, and records what it cannot use.
 *
 * @param notAFiling why the member is no filing, or null when it may be one
 * @param formType   the submission's form type, when the header gives it
 */
record MemberInspection(String notAFiling, Optional<String> formType) {

    /** How far into a member the binary check looks: NUL bytes there mean binary, as the parser's guard judges. */
    private static final int BINARY_WINDOW = 8 * 1024;

    static MemberInspection of(byte[] head, long size) {
        if (size == 0) {
            return new MemberInspection("NOT_A_FILING: the member is empty", Optional.empty());
        }
        String kind = binaryKind(head);
        if (kind != null) {
            return new MemberInspection("NOT_A_FILING: the member is " + kind + ", not the text of a filing",
                    Optional.empty());
        }
        return new MemberInspection(null, formTypeOf(new String(head, StandardCharsets.ISO_8859_1)));
    }

    /** A name for binary content, or null for text. */
    private static String binaryKind(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(head, 0xff, 0xd8, 0xff)) {
            return "a JPEG image";
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0x1f, 0x8b)) {
            return "an archive inside the archive (unpack it and upload it on its own)";
        }
        for (int i = 0; i < Math.min(head.length, BINARY_WINDOW); i++) {
            if (head[i] == 0) {
                return "binary (it holds NUL bytes)";
            }
        }
        return null;
    }

    static Optional<String> formTypeOf(String head) {
        Optional<String> conformed = valueAfter(head, "CONFORMED SUBMISSION TYPE:");
        return conformed.isPresent() ? conformed : valueAfter(head, "<TYPE>");
    }

    /** The text after {@code label} up to the end of its line or the next tag, trimmed; empty when absent or blank. */
    private static Optional<String> valueAfter(String head, String label) {
        int at = head.indexOf(label);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + label.length();
        int end = start;
        while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r'
                && head.charAt(end) != '<') {
            end++;
        }
        String value = head.substring(start, end).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != (prefix[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
