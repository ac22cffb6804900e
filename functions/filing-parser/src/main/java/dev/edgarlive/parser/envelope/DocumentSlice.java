package dev.edgarlive.parser.envelope;

/**
 * One {@code <DOCUMENT>} of a submission as offsets into the decoded text: its metadata and where its
 * {@code <TEXT>} body starts and ends. Nothing is copied until a later stage needs the body.
 *
 * @param truncated true when the document's closing tags were missing (the file ends inside it)
 */
public record DocumentSlice(int sequence, String type, String fileName, String description,
                            int textStart, int textEnd, boolean truncated) {

    public int length() {
        return textEnd - textStart;
    }
}
