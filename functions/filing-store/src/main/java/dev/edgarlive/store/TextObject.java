package dev.edgarlive.store;

/**
 * A full text kept as an object in the filings bucket (under {@code derived/}) rather than in a row: where a client
 * can fetch it itself when it is too large to pass through a response.
 *
 * @param key    the object's key in the filings bucket
 * @param bytes  the text's length in UTF-8 bytes, the object's size
 * @param sha256 hex SHA-256 of those bytes, as written with the pointer
 */
public record TextObject(String key, long bytes, String sha256) {
}
