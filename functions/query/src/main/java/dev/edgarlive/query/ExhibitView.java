package dev.edgarlive.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.store.TextExtent;

/**
 * An exhibit as the API shows it. {@code length} and {@code excerpt} are null when the exhibit has no text
 * (a binary document, or one only listed in the exhibit index); {@code text} only when asked for.
 *
 * @param textLink only on an exhibit read on its own whose text is too large for a response: where to fetch it
 *                 ({@code text} is then null)
 */
public record ExhibitView(String number, String description, String documentType, Integer sequence, String fileName,
                          Long length, String excerpt, String text,
                          @JsonInclude(JsonInclude.Include.NON_NULL) TextLink textLink) {

    static ExhibitView of(Exhibit exhibit, TextExtent extent) {
        return new ExhibitView(exhibit.number(), exhibit.description(), exhibit.documentType(), exhibit.sequence(),
                exhibit.fileName(), extent == null ? null : extent.length(), extent == null ? null : extent.excerpt(),
                exhibit.text(), null);
    }

    /** An exhibit read on its own, always with its full text where it has one. */
    static ExhibitView full(Exhibit exhibit) {
        String text = exhibit.text();
        return new ExhibitView(exhibit.number(), exhibit.description(), exhibit.documentType(), exhibit.sequence(),
                exhibit.fileName(), text == null ? null : (long) text.length(), text == null ? null : Excerpt.of(text),
                text, null);
    }

    /** An exhibit read on its own whose text is to be fetched from {@code link}. */
    static ExhibitView linked(Exhibit exhibit, TextExtent extent, TextLink link) {
        return new ExhibitView(exhibit.number(), exhibit.description(), exhibit.documentType(), exhibit.sequence(),
                exhibit.fileName(), extent.length(), Excerpt.of(extent.excerpt()), null, link);
    }
}
