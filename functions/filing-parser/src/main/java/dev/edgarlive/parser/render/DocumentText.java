package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.TextLines;

import java.util.Map;

/**
 * A document's readable text, cleaned of page furniture and indexed by line, whatever its format was.
 *
 * @param deiFacts inline XBRL {@code dei:} facts by local name, empty for other formats
 */
public record DocumentText(TextLines lines, Map<String, String> deiFacts) {

    public DocumentText {
        deiFacts = Map.copyOf(deiFacts);
    }
}
