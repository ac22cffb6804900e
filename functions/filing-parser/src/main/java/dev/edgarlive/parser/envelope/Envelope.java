package dev.edgarlive.parser.envelope;

import java.util.List;

/**
 * A submission's outer structure: where its header is (if any) and its documents, as offsets.
 *
 * @param headerKind  which header dialect was found
 * @param headerStart start of the header text, -1 when there is none
 * @param headerEnd   end of the header text, -1 when there is none
 * @param bare        true when the input had no {@code <DOCUMENT>} wrapper: the whole body is one document
 */
public record Envelope(HeaderKind headerKind, int headerStart, int headerEnd, List<DocumentSlice> documents,
                       boolean bare, boolean truncated) {

    enum HeaderKind {
        /** {@code <SEC-HEADER>} or {@code <IMS-HEADER>}: "KEY: value" lines. */
        KEY_VALUE,
        /** The {@code .nc} dissemination form: {@code <TAG>value} with container tags. */
        TAGGED,
        NONE
    }

    public Envelope {
        documents = List.copyOf(documents);
    }
}
