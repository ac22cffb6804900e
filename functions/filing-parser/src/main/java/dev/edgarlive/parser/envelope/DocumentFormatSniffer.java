package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.parser.text.AsciiCase;

/**
 * Tells a document's format from its first few kilobytes: uuencoded or base64 binaries (which are then never
 * read), inline XBRL, HTML, XML, or plain text. Plain-text filings carry SGML table tags ({@code <TABLE>},
 * {@code <S>}, {@code <C>}), so {@code <table>} alone does not make a document HTML.
 */
public final class DocumentFormatSniffer {

    private static final int WINDOW = 8192;

    public DocumentFormat sniff(String text, int start, int end, String type) {
        int head = skipSpace(text, start, end);
        int windowEnd = Math.min(end, head + WINDOW);
        if (head >= end) {
            return DocumentFormat.PLAIN_TEXT;
        }
        if (isUuencoded(text, head, windowEnd) || text.startsWith("<PDF>", head) || isBase64(text, head, windowEnd)) {
            return DocumentFormat.BINARY;
        }
        // The window is searched in place, tag by tag, ignoring case: a submission may hold hundreds of documents.
        boolean html = false;
        boolean inline = false;
        for (int lt = text.indexOf('<', head); lt >= 0 && lt < windowEnd && !inline; lt = text.indexOf('<', lt + 1)) {
            html |= startsHtmlTag(text, lt + 1, windowEnd);
            inline |= AsciiCase.startsWith(text, lt + 1, windowEnd, "ix:");
        }
        if (html) {
            inline |= AsciiCase.contains(text, head, windowEnd, "inlinexbrl")
                    || AsciiCase.contains(text, head, windowEnd, "xmlns:ix=");
            return inline ? DocumentFormat.INLINE_XBRL : DocumentFormat.HTML;
        }
        if (text.startsWith("<", head) && (AsciiCase.startsWith(text, head, windowEnd, "<?xml")
                || (within(text.indexOf('>', head), head + 1, windowEnd) && looksLikeXml(text, head, windowEnd)))) {
            return DocumentFormat.XML;
        }
        if (type != null && isBinaryType(type) && !within(text.indexOf(' ', head), head, windowEnd)) {
            return DocumentFormat.BINARY;
        }
        return DocumentFormat.PLAIN_TEXT;
    }

    /** {@code <html}, {@code <body}, {@code <div}, {@code <p>}, {@code <p }, {@code <font}, {@code <br}: just after the "<". */
    private static boolean startsHtmlTag(String text, int at, int end) {
        for (String tag : new String[] {"html", "body", "div", "p>", "p ", "font", "br"}) {
            if (AsciiCase.startsWith(text, at, end, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeXml(String text, int head, int end) {
        for (String root : new String[] {"<xbrl", "<edgarsubmission", "<ownershipdocument", "<informationtable",
                "<xs:schema", "<link:"}) {
            if (AsciiCase.startsWith(text, head, end, root)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(int offset, int from, int end) {
        return offset >= from && offset < end;
    }

    private static boolean isBinaryType(String type) {
        return type.equalsIgnoreCase("GRAPHIC") || type.equalsIgnoreCase("ZIP") || type.equalsIgnoreCase("PDF")
                || type.equalsIgnoreCase("EXCEL") || type.regionMatches(true, 0, "JSON", 0, 4);
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
