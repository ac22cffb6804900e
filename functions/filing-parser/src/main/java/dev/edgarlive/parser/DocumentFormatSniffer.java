package dev.edgarlive.parser;

import dev.edgarlive.filing.DocumentFormat;

/**
 * Tells a document's format from its first few kilobytes: uuencoded or base64 binaries (which are then never
 * read), inline XBRL, HTML, XML, or plain text. Plain-text filings carry SGML table tags ({@code <TABLE>},
 * {@code <S>}, {@code <C>}), so {@code <table>} alone does not make a document HTML.
 */
final class DocumentFormatSniffer {

    private static final int WINDOW = 8192;

    DocumentFormat sniff(String text, int start, int end, String type) {
        int head = skipSpace(text, start, end);
        int windowEnd = Math.min(end, head + WINDOW);
        if (head >= end) {
            return DocumentFormat.PLAIN_TEXT;
        }
        if (isUuencoded(text, head, windowEnd) || text.startsWith("<PDF>", head) || isBase64(text, head, windowEnd)) {
            return DocumentFormat.BINARY;
        }
        String window = text.substring(head, windowEnd).toLowerCase();
        boolean html = window.contains("<html") || window.contains("<body") || window.contains("<div")
                || window.contains("<p>") || window.contains("<p ") || window.contains("<font") || window.contains("<br");
        if (html) {
            boolean inline = window.contains("inlinexbrl") || window.contains("<ix:") || window.contains("xmlns:ix=");
            return inline ? DocumentFormat.INLINE_XBRL : DocumentFormat.HTML;
        }
        if (window.startsWith("<?xml") || (window.startsWith("<") && window.indexOf('>') > 0 && looksLikeXml(window))) {
            return DocumentFormat.XML;
        }
        if (type != null && isBinaryType(type) && !window.contains(" ")) {
            return DocumentFormat.BINARY;
        }
        return DocumentFormat.PLAIN_TEXT;
    }

    private static boolean looksLikeXml(String window) {
        return window.startsWith("<xbrl") || window.startsWith("<edgarsubmission") || window.startsWith("<ownershipdocument")
                || window.startsWith("<informationtable") || window.startsWith("<xs:schema") || window.startsWith("<link:");
    }

    private static boolean isBinaryType(String type) {
        String t = type.toUpperCase();
        return t.equals("GRAPHIC") || t.equals("ZIP") || t.equals("PDF") || t.equals("EXCEL") || t.startsWith("JSON");
    }

    /** "begin 644 name.pdf" then lines starting with "M". */
    private static boolean isUuencoded(String text, int head, int end) {
        if (!text.startsWith("begin ", head)) {
            return false;
        }
        int i = head + 6;
        int digits = 0;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
            i++;
            digits++;
        }
        return digits >= 3 && i < end && text.charAt(i) == ' ';
    }

    /** Long unbroken lines of the base64 alphabet only. */
    private static boolean isBase64(String text, int head, int end) {
        int checked = 0;
        int lineLength = 0;
        int lines = 0;
        for (int i = head; i < end && checked < 4096; i++, checked++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineLength < 60) {
                    return false;
                }
                lines++;
                lineLength = 0;
            } else if (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=') {
                lineLength++;
            } else {
                return false;
            }
        }
        return lines >= 3;
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
