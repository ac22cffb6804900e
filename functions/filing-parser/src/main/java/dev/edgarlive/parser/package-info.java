/**
 * The parser's facade: {@link dev.edgarlive.parser.FilingParser} takes the bytes of an EDGAR file and gives a
 * {@link dev.edgarlive.parser.ParseResult}; nothing else here is public, and other modules import nothing else
 * from the parser. {@code FilingReader} wires the stages, each in its own package, in the order the data flows:
 * <ol>
 *   <li>{@code envelope}: bytes to decoded text, the SGML envelope, its documents and its header;</li>
 *   <li>{@code render}: a document's HTML or plain text to clean lines;</li>
 *   <li>{@code sections}: the items of an itemised form, driven by its schema; {@code cover}: the cover page,
 *       company, signatures and exhibit list;</li>
 *   <li>here: the facts stated in several places ({@code FilingFacts}), the exhibits joined to their documents
 *       ({@code ExhibitMatcher}), and the {@link dev.edgarlive.filing.Filing} assembled.</li>
 * </ol>
 * {@code text} holds what every stage shares: lines, ASCII case, title keys, dates. A stage uses only the stages
 * before it and {@code text}; {@code ParserArchitectureTest} holds every module to that.
 */
package dev.edgarlive.parser;
