package dev.edgarlive.parser.envelope;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the SGML envelope of an EDGAR file: the header ({@code <SEC-HEADER>}, the 1993-96
 * {@code <IMS-HEADER>}, the {@code .nc} tagged header after {@code <SUBMISSION>}, or a bare "KEY: value"
 * header fragment) and the {@code <DOCUMENT>} blocks. Works with {@code indexOf} over the one decoded string;
 * a binary document is stepped over by searching for its end tag, never read.
 */
public final class SgmlEnvelopeReader {

    private static final String DOCUMENT = "<DOCUMENT>";
    private static final String DOCUMENT_END = "</DOCUMENT>";
    private static final String TEXT = "<TEXT>";
    private static final String TEXT_END = "</TEXT>";
    /** How far into a document its metadata tags may reach before {@code <TEXT>}. */
    private static final int METADATA_WINDOW = 4096;

    public Envelope read(String text) {
        int firstDocument = text.indexOf(DOCUMENT);
        int headerSearchEnd = firstDocument < 0 ? text.length() : firstDocument;
        Envelope.HeaderKind kind = Envelope.HeaderKind.NONE;
        int headerStart = -1;
        int headerEnd = -1;

        int[] tagged = taggedHeader(text, "<SEC-HEADER>", "</SEC-HEADER>", headerSearchEnd);
        if (tagged == null) {
            tagged = taggedHeader(text, "<IMS-HEADER>", "</IMS-HEADER>", headerSearchEnd);
        }
        if (tagged != null) {
            kind = Envelope.HeaderKind.KEY_VALUE;
            headerStart = tagged[0];
            headerEnd = tagged[1];
        } else if (startsWithIgnoringSpace(text, "<SUBMISSION>")) {
            kind = Envelope.HeaderKind.TAGGED;
            headerStart = text.indexOf("<SUBMISSION>") + "<SUBMISSION>".length();
            headerEnd = headerSearchEnd;
        } else if (looksLikeHeaderFragment(text, headerSearchEnd)) {
            kind = Envelope.HeaderKind.KEY_VALUE;
            headerStart = 0;
            headerEnd = headerSearchEnd;
        }

        List<DocumentSlice> documents = new ArrayList<>();
        boolean truncated = false;
        if (firstDocument >= 0) {
            int position = firstDocument;
            ForwardSearch documentEnds = new ForwardSearch(text, DOCUMENT_END);
            ForwardSearch textEnds = new ForwardSearch(text, TEXT_END);
            while (position >= 0 && position < text.length()) {
                DocumentSlice slice = readDocument(text, position, documents.size() + 1, documentEnds, textEnds);
                documents.add(slice);
                truncated |= slice.truncated();
                position = text.indexOf(DOCUMENT, Math.max(slice.textEnd(), position + DOCUMENT.length()));
            }
        } else if (kind == Envelope.HeaderKind.NONE) {
            documents.add(new DocumentSlice(1, null, null, null, 0, text.length(), false));
        }
        boolean bare = firstDocument < 0 && kind == Envelope.HeaderKind.NONE;
        return new Envelope(kind, headerStart, headerEnd, documents, bare, truncated);
    }

    private static int[] taggedHeader(String text, String open, String close, int searchEnd) {
        int start = text.indexOf(open);
        if (start < 0 || start > searchEnd) {
            return null;
        }
        int bodyStart = start + open.length();
        int end = text.indexOf(close, bodyStart);
        if (end < 0 || end > searchEnd) {
            end = searchEnd;
        }
        return new int[] {bodyStart, end};
    }

    /**
     * A header without its {@code <SEC-HEADER>} tag, as some tools save it: "ACCESSION NUMBER:" near the top.
     * Only the top is searched: a document without a header would otherwise be read to its end, twice.
     */
    private static boolean looksLikeHeaderFragment(String text, int searchEnd) {
        int window = Math.min(searchEnd, 2048);
        String accessionKey = "ACCESSION NUMBER:";
        String typeKey = "CONFORMED SUBMISSION TYPE:";
        // Long enough to hold either key starting anywhere in the window.
        String top = text.substring(0, Math.min(text.length(), window + typeKey.length()));
        int accession = top.indexOf(accessionKey);
        int type = top.indexOf(typeKey);
        return (accession >= 0 && accession < window) || (type >= 0 && type < window);
    }

    private static boolean startsWithIgnoringSpace(String text, String prefix) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.startsWith(prefix, i);
    }

    /**
     * The next occurrence of a tag at or after a position, remembered between calls so that a file of many
     * unclosed documents is still scanned once, not once per document.
     */
    private static final class ForwardSearch {
        private final String text;
        private final String needle;
        private int found = -2;

        ForwardSearch(String text, String needle) {
            this.text = text;
            this.needle = needle;
        }

        int from(int position) {
            if (found == -1 || (found >= position)) {
                return found;
            }
            found = text.indexOf(needle, position);
            return found;
        }
    }

    private static DocumentSlice readDocument(String text, int documentStart, int fallbackSequence,
                                              ForwardSearch documentEnds, ForwardSearch textEnds) {
        int metadataStart = documentStart + DOCUMENT.length();
        int nextDocument = text.indexOf(DOCUMENT, metadataStart);
        int documentEnd = documentEnds.from(metadataStart);
        boolean truncated = false;
        if (documentEnd < 0 || (nextDocument >= 0 && nextDocument < documentEnd)) {
            truncated = true;
            documentEnd = nextDocument >= 0 ? nextDocument : text.length();
        }
        int textTag = indexWithin(text, TEXT, metadataStart, Math.min(documentEnd, metadataStart + METADATA_WINDOW));
        int metadataEnd = textTag >= 0 ? textTag : Math.min(documentEnd, metadataStart + METADATA_WINDOW);
        String type = tagValue(text, "<TYPE>", metadataStart, metadataEnd);
        String sequenceText = tagValue(text, "<SEQUENCE>", metadataStart, metadataEnd);
        String fileName = tagValue(text, "<FILENAME>", metadataStart, metadataEnd);
        String description = tagValue(text, "<DESCRIPTION>", metadataStart, metadataEnd);

        int bodyStart = textTag >= 0 ? textTag + TEXT.length() : metadataEnd;
        int bodyEnd = textEnds.from(bodyStart);
        if (bodyEnd < bodyStart || bodyEnd > documentEnd) {
            bodyEnd = documentEnd;
            truncated |= textTag >= 0;
        }
        int[] unwrapped = unwrap(text, bodyStart, bodyEnd);
        return new DocumentSlice(parseSequence(sequenceText, fallbackSequence), type, fileName, description,
                unwrapped[0], unwrapped[1], truncated);
    }

    /** Strips the {@code <XBRL>}, {@code <XML>} wrappers EDGAR puts inside {@code <TEXT>}. */
    private static int[] unwrap(String text, int start, int end) {
        int i = skipSpace(text, start, end);
        for (String wrapper : new String[] {"<XBRL>", "<XML>"}) {
            if (text.startsWith(wrapper, i)) {
                String close = "</" + wrapper.substring(1);
                int tail = end;
                while (tail > i && Character.isWhitespace(text.charAt(tail - 1))) {
                    tail--;
                }
                int closeAt = tail - close.length();
                int newEnd = closeAt > i && text.startsWith(close, closeAt) ? closeAt : end;
                return new int[] {i + wrapper.length(), newEnd};
            }
        }
        return new int[] {start, end};
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Like {@code indexOf}, but never looks past {@code to}: an absent tag costs the window, not the file. */
    private static int indexWithin(String text, String needle, int from, int to) {
        char first = needle.charAt(0);
        int limit = Math.min(to, text.length()) - needle.length();
        for (int i = from; i <= limit; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The value after a metadata tag runs to the end of the line or the next tag (the {@code .nc} form is on one line). */
    private static String tagValue(String text, String tag, int from, int to) {
        int at = indexWithin(text, tag, from, to);
        if (at < 0) {
            return null;
        }
        int start = at + tag.length();
        int end = start;
        while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '<') {
            end++;
        }
        String value = text.substring(start, end).strip();
        return value.isEmpty() ? null : value;
    }

    private static int parseSequence(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9' || n > 100_000) {
                return fallback;
            }
            n = n * 10 + (c - '0');
        }
        return value.isEmpty() ? fallback : n;
    }
}
