package dev.edgarlive.filing;

/**
 * One {@code <DOCUMENT>} of a submission.
 *
 * @param size the document's length in characters of its {@code <TEXT>} body
 */
public record Document(
        int sequence,
        String type,
        String fileName,
        String description,
        DocumentFormat format,
        long size) {
}
