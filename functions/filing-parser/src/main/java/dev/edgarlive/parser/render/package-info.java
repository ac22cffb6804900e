/**
 * One text path for every document: HTML and inline XBRL ({@code HtmlTextRenderer}, with the {@code dei:} facts
 * read on the same pass) and plain text ({@code PlainTextRenderer}) become the same clean lines, then page
 * furniture goes ({@code PageFurnitureFilter}). {@code DocumentTextReader} is the stage's entry point: a document
 * slice in, its {@code DocumentText} out.
 */
package dev.edgarlive.parser.render;
