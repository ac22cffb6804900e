package dev.edgarlive.parser.sections;

import java.util.List;

/**
 * A line that reads as an item heading: "Item 5. Other Events", "ITEMS 1.01 AND 5.02", "Item 2.02" with its
 * title on the next line; or a heading that begins inside a line, after the short item before it
 * ("None. Item 4. Mine Safety Disclosures").
 *
 * @param line             the heading's line index
 * @param start            offset where the heading begins: its line's start, or its "Item" inside the line
 * @param codes            the item numbers it names, several for a combined heading
 * @param title            the title as written, cleaned of trailing page numbers and punctuation; may be empty
 * @param bodyStart        offset where the item's text begins
 * @param endsWithPageNumber true when the line ends with a page number, as table-of-contents entries do
 */
record ItemHeading(int line, int start, List<String> codes, String title, int bodyStart, boolean endsWithPageNumber) {

    ItemHeading {
        codes = List.copyOf(codes);
    }
}
