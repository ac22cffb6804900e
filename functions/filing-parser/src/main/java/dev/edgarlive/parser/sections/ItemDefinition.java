package dev.edgarlive.parser.sections;

/**
 * One item a form may carry, as data.
 *
 * @param code           the number as filings write it ({@code 2.02}, {@code 5}, {@code 1A})
 * @param part           the part it belongs to ({@code I}, {@code II}) for forms whose items repeat by part, else null
 * @param normalizedCode today's number ({@code 8.01} for the legacy 8-K item 5; {@code II-1A} for a 10-Q item)
 * @param title          the title the form gives it
 * @param legacy         true for a number no longer used (the pre-2004 8-K items), read in filings of its era
 */
record ItemDefinition(String code, String part, String normalizedCode, String title, boolean legacy) {
}
