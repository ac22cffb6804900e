package dev.edgarlive.filing;

/** What a document's body is, which decides how (and whether) it is read as text. */
public enum DocumentFormat {
    PLAIN_TEXT,
    HTML,
    INLINE_XBRL,
    XML,
    /** Uuencoded or base64 binary (PDF, image, zip): recognised and skipped, never read as text. */
    BINARY
}
