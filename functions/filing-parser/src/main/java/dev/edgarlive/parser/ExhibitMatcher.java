package dev.edgarlive.parser;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.parser.cover.ExhibitListReader;
import dev.edgarlive.parser.envelope.DocumentSlice;
import dev.edgarlive.parser.envelope.Envelope;
import dev.edgarlive.parser.render.DocumentTextReader;
import dev.edgarlive.parser.sections.ItemText;

import java.util.ArrayList;
import java.util.List;

/**
 * A filing's exhibits: each one its exhibit list names, joined to the submission document that carries it
 * ({@code <TYPE>EX-99.1} for "Exhibit 99.1"), then the exhibit documents no list names. A listed exhibit without
 * a document keeps its number and description only; a carried one also gets its document's readable text.
 */
final class ExhibitMatcher {

    private final DocumentTextReader documentText;

    ExhibitMatcher(DocumentTextReader documentText) {
        this.documentText = documentText;
    }

    /**
     * @param formats each document's format, in the envelope's order
     * @param listed  the exhibits the primary document lists, in order
     * @param deadline checked after each exhibit's text is rendered, the one step whose count the input sets
     */
    List<Exhibit> match(String text, Envelope envelope, List<DocumentFormat> formats,
                        List<ExhibitListReader.Listed> listed, ParseDeadline deadline) {
        List<Exhibit> exhibits = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (ExhibitListReader.Listed entry : listed) {
            int index = documentFor(envelope, entry.number(), used);
            if (index < 0) {
                exhibits.add(new Exhibit(entry.number(), entry.description(), null, null, null, null));
            } else {
                used.add(index);
                exhibits.add(carried(text, envelope.documents().get(index), formats.get(index), entry.number(),
                        entry.description()));
                deadline.check("exhibit " + entry.number());
            }
        }
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            if (!used.contains(i) && isExhibit(slice)) {
                exhibits.add(carried(text, slice, formats.get(i), exhibitNumber(slice.type()), slice.description()));
                deadline.check("document " + slice.sequence());
            }
        }
        return exhibits;
    }

    /** A document type that names an exhibit ({@code EX-99.1}), not a form. */
    static boolean isExhibitType(String documentType) {
        return documentType.regionMatches(true, 0, "EX-", 0, 3);
    }

    private Exhibit carried(String text, DocumentSlice slice, DocumentFormat format, String number, String description) {
        String body = null;
        if (format == DocumentFormat.PLAIN_TEXT || format == DocumentFormat.HTML || format == DocumentFormat.INLINE_XBRL) {
            body = ItemText.clean(documentText.read(text, slice, format).lines(), 0, Integer.MAX_VALUE,
                    format == DocumentFormat.PLAIN_TEXT);
        }
        String chosenDescription = description != null ? description : slice.description();
        return new Exhibit(number, chosenDescription, slice.type(), slice.sequence(), slice.fileName(), body);
    }

    private static int documentFor(Envelope envelope, String number, List<Integer> used) {
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            if (!used.contains(i) && isExhibit(slice) && number.equalsIgnoreCase(exhibitNumber(slice.type()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isExhibit(DocumentSlice slice) {
        return slice.type() != null && isExhibitType(slice.type());
    }

    /** "EX-99.1" to "99.1"; "EX-99" to "99". */
    private static String exhibitNumber(String type) {
        return type.substring(3).strip();
    }
}
