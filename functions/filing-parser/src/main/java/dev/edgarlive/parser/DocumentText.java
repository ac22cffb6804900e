package dev.edgarlive.parser;

import java.util.Map;

/**
 * A document's readable text, cleaned of page furniture and indexed by line, whatever its format was.
 *
 * @param deiFacts inline XBRL {@code dei:} facts by local name, empty for other formats
 */
record DocumentText(TextLines lines, Map<String, String> deiFacts) {

    DocumentText {
        deiFacts = Map.copyOf(deiFacts);
    }
}
