package dev.edgarlive.store;

import java.util.Optional;

/**
 * An item or exhibit as read on its own, and where its text is kept when that is an S3 object. A text kept in S3
 * that is larger than the reader asked to take is not read: the part's text is then null, and {@code extent} and
 * {@code textObject} say how long it is, how it begins and where it is.
 *
 * @param extent     the text's length and excerpt, as its row records them; null when the part has no text
 * @param textObject present whenever the text is kept in S3, read or not
 */
public record StoredPart<T>(T part, TextExtent extent, Optional<TextObject> textObject) {
}
