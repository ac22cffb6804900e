package dev.edgarlive.query;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.store.TextExtent;

/**
 * An exhibit as the API shows it. {@code length} and {@code excerpt} are null when the exhibit has no text
 * (a binary document, or one only listed in the exhibit index); {@code text} only when asked for.
 */
public record ExhibitView(String number, String description, String documentType, Integer sequence, String fileName,
                          Long length, String excerpt, String text) {

    static ExhibitView of(Exhibit exhibit, TextExtent extent) {
        return new ExhibitView(exhibit.number(), exhibit.description(), exhibit.documentType(), exhibit.sequence(),
                exhibit.fileName(), extent == null ? null : extent.length(), extent == null ? null : extent.excerpt(),
                exhibit.text());
    }

    /** An exhibit read on its own, always with its full text where it has one. */
    static ExhibitView full(Exhibit exhibit) {
        String text = exhibit.text();
        return new ExhibitView(exhibit.number(), exhibit.description(), exhibit.documentType(), exhibit.sequence(),
                exhibit.fileName(), text == null ? null : (long) text.length(), text == null ? null : Excerpt.of(text),
                text);
    }
}
