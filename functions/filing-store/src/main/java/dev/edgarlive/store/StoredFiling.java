package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A filing as the store holds it.
 *
 * <p>When read without texts ({@code textsIncluded} false) every item's and exhibit's {@code text} is null, never
 * a shortened text: the {@link TextExtent} at the same index in {@code itemTexts} / {@code exhibitTexts} gives the
 * length and an excerpt. An exhibit that has no text at all has a null extent.
 *
 * @param sourceKeys    the S3 keys whose bytes produced this filing (more than one when the same bytes were
 *                      uploaded under several keys), sorted
 * @param contentSha256 hex SHA-256 of the bytes the stored data was parsed from
 * @param storedAt      when this content was stored
 * @param parserVersion the version of the parser that made this content ({@code FilingParser.VERSION}); 0 for
 *                      content stored before versions were recorded
 */
public record StoredFiling(
        String id,
        List<String> sourceKeys,
        String contentSha256,
        Instant storedAt,
        int parserVersion,
        Filing filing,
        boolean textsIncluded,
        List<TextExtent> itemTexts,
        List<TextExtent> exhibitTexts) {

    public StoredFiling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filing, "filing");
        sourceKeys = List.copyOf(sourceKeys);
        itemTexts = Collections.unmodifiableList(new ArrayList<>(itemTexts));
        exhibitTexts = Collections.unmodifiableList(new ArrayList<>(exhibitTexts));
        if (itemTexts.size() != filing.items().size() || exhibitTexts.size() != filing.exhibits().size()) {
            throw new IllegalArgumentException("one text extent per item and per exhibit");
        }
    }
}
