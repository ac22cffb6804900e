package dev.edgarlive.parser;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.parser.envelope.DocumentSlice;
import dev.edgarlive.parser.text.TextLines;

import java.util.Map;

/**
 * The submission's main document, rendered once and cleaned of page furniture: the text every extractor reads.
 *
 * @param slice  where it lies in the input, null when the input had no document to read
 * @param lines  its clean text by line (empty when it is not a text document)
 */
record PrimaryDocument(DocumentSlice slice, DocumentFormat format, TextLines lines, Map<String, String> deiFacts) {
}
