package dev.edgarlive.parser.envelope;

/**
 * The input as one string with line feeds only, and the charset it was read in.
 * Every later stage addresses this string by offsets; nothing copies documents out of it.
 */
public record DecodedText(String text, String charset) {
}
