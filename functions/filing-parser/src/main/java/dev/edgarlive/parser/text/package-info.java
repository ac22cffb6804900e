/**
 * What every stage shares, and nothing stage-specific: a text addressed by line ({@code TextLines}), ASCII case
 * and character classes that skip Unicode tables on the hot paths, title keys for comparing headings, the next
 * occurrence of a rare character, and dates as filings write them. Depends on no other part of the parser.
 */
package dev.edgarlive.parser.text;
