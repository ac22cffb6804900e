/**
 * The items of an itemised form, found in its primary document's lines and driven by the form's schema
 * ({@code FormSchemas}, made from {@link dev.edgarlive.forms.FormCatalog}): item headings, part headings, tables
 * of contents and cross-references told apart ({@code ItemExtractor}), each item's text made readable
 * ({@code ItemText}), and the header's ITEM INFORMATION reconciled with what the body gave ({@code HeaderItems}).
 */
package dev.edgarlive.parser.sections;
