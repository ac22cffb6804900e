package dev.edgarlive.parser.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an HTML element is, as far as its text is concerned, as bits: one look-up per distinct tag name (cached by
 * {@link HtmlTag}) instead of a set look-up per question per tag.
 */
final class ElementKind {

    /** Its start and end end a line. */
    static final int BLOCK = 1;
    /** A table cell: cells of one row share a line. */
    static final int CELL = 1 << 1;
    static final int PRE = 1 << 2;
    /** No end tag: the start is all there is. */
    static final int VOID = 1 << 3;
    /** Its content is never shown. ({@code <head>} is not: what it may hold is hidden anyway.) */
    static final int INVISIBLE = 1 << 4;
    /** Its content is raw text up to its end tag, never markup. */
    static final int RAW_TEXT = 1 << 5;
    /** Its start closes an open paragraph (HTML's list, less {@code table}: filings are parsed in quirks mode). */
    static final int CLOSES_PARAGRAPH = 1 << 6;
    static final int PARAGRAPH = 1 << 7;
    static final int LIST_ITEM = 1 << 8;
    static final int DEFINITION_ITEM = 1 << 9;
    static final int ROW = 1 << 10;
    static final int ROW_GROUP = 1 << 11;
    static final int TABLE = 1 << 12;
    /** Searches for an element to close stop at these (HTML's "scopes"). */
    static final int DEFAULT_SCOPE = 1 << 13;
    static final int BUTTON_SCOPE = 1 << 14;
    static final int LIST_ITEM_SCOPE = 1 << 15;
    static final int TABLE_SCOPE = 1 << 16;
    static final int BR = 1 << 17;
    static final int HR = 1 << 18;
    /** The lowest bit free for flags set on an element when it opens. */
    static final int FIRST_FREE_BIT = 1 << 19;

    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        mark(BLOCK, "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                "center", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "body", "caption",
                "thead", "tbody", "tfoot", "form", "address");
        mark(CELL, "td", "th");
        mark(PRE, "pre");
        mark(VOID, "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source",
                "track", "wbr", "basefont", "bgsound", "frame", "keygen");
        mark(INVISIBLE, "script", "style", "title", "noscript", "template", "ix:header");
        mark(RAW_TEXT, "script", "style", "title", "textarea", "xmp");
        mark(CLOSES_PARAGRAPH, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
                "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "li",
                "dd", "dt", "listing", "plaintext", "xmp");
        mark(PARAGRAPH, "p");
        mark(LIST_ITEM, "li");
        mark(DEFINITION_ITEM, "dt", "dd");
        mark(ROW, "tr");
        mark(ROW_GROUP, "tbody", "thead", "tfoot");
        mark(TABLE, "table");
        List<String> defaultScope = List.of("applet", "caption", "html", "table", "td", "th", "marquee", "object",
                "template");
        mark(DEFAULT_SCOPE | BUTTON_SCOPE | LIST_ITEM_SCOPE, defaultScope.toArray(new String[0]));
        mark(BUTTON_SCOPE, "button");
        mark(LIST_ITEM_SCOPE, "ol", "ul");
        mark(TABLE_SCOPE, "html", "table", "template");
        mark(BR, "br");
        mark(HR, "hr");
    }

    private ElementKind() {
    }

    static int of(String lowerCaseName) {
        return KINDS.getOrDefault(lowerCaseName, 0);
    }

    private static void mark(int bits, String... names) {
        for (String name : names) {
            KINDS.merge(name, bits, (a, b) -> a | b);
        }
    }
}
