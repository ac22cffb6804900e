package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.TextLines;

import java.util.Map;

/**
 * A document as plain lines, whatever its format was: the one text every extractor reads.
 * Page breaks are kept as lines holding only {@link #PAGE_BREAK} until page furniture is removed.
 *
 * @param lines    the text, indexed by line
 * @param deiFacts inline XBRL {@code dei:} facts by local name ({@code EntityRegistrantName}), empty for plain text
 */
record RenderedText(TextLines lines, Map<String, String> deiFacts) {

    static final char PAGE_BREAK = '\f';

    RenderedText {
        deiFacts = Map.copyOf(deiFacts);
    }

    String text() {
        return lines.text();
    }
}
