package dev.edgarlive.filing;

/**
 * An exhibit: listed in the report's exhibit index and/or carried as a document of the submission.
 *
 * @param number       the exhibit number ({@code 99.1})
 * @param documentType the EDGAR document type ({@code EX-99.1}), null when the exhibit is only listed
 * @param sequence     the document's sequence in the submission, null when only listed
 * @param text         the exhibit's text where it is a text document, else null
 */
public record Exhibit(
        String number,
        String description,
        String documentType,
        Integer sequence,
        String fileName,
        String text) {
}
