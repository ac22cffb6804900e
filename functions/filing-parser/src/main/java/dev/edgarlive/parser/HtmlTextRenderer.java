package dev.edgarlive.parser;

import java.util.Set;

/**
 * An HTML or inline XBRL document to the same plain lines a text document gives: block elements end lines,
 * table cells on one row stay on one line separated by two spaces (so that "Item 2.02 | Results of Operations"
 * reads as a heading), hidden elements (the inline XBRL header, {@code display:none}) and scripts vanish, page
 * breaks are kept as markers. Inline XBRL {@code dei:} facts are collected on the same pass, hidden ones included.
 *
 * <p>Why not a DOM: the text needs only where blocks, cells and hidden parts begin and end, so the source is
 * read once, tag by tag, in place ({@code indexOf} to the next {@code <}), keeping a stack of open elements with
 * the HTML rules that matter for line breaks: a new paragraph, list item, row or cell closes the open one, and an
 * end tag closes what was opened inside its element. Building a full tree cost five times as much for the same
 * lines. The stack is an array, so nesting depth cannot overflow the call stack.
 */
final class HtmlTextRenderer {

    /** Elements whose start and end end a line. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "center", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "body", "caption",
            "thead", "tbody", "tfoot", "form", "address");
    /** Elements whose content is never shown. ({@code <head>} is not here: what it may hold is hidden anyway.) */
    private static final Set<String> INVISIBLE = Set.of("script", "style", "title", "noscript", "template", "ix:header");
    /** Elements whose content is raw text up to their end tag, never markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp");
    /** Elements that have no end: their start is all there is. */
    private static final Set<String> VOID = Set.of(
            "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track",
            "wbr", "basefont", "bgsound", "frame", "keygen");
    /** Start tags that close an open paragraph (HTML's list; not {@code table}, as filings are parsed in quirks mode). */
    private static final Set<String> CLOSES_PARAGRAPH = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "li", "dd", "dt",
            "listing", "plaintext", "xmp");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> ROW_GROUPS = Set.of("tbody", "thead", "tfoot");
    private static final Set<String> DEFINITION_ITEMS = Set.of("dt", "dd");

    RenderedText render(String text, int start, int end) {
        Pass pass = new Pass(text, end, end - start);
        pass.run(start);
        return new RenderedText(pass.lines.text(), pass.facts.found());
    }

    /** One document's pass: the position, the open elements and the lines so far. */
    private static final class Pass {
        private static final int BLOCK = 1;
        private static final int CELL = 2;
        private static final int PRE = 4;
        private static final int BREAK_AFTER = 8;

        final String text;
        final int end;
        final TextLineBuilder lines;
        final HtmlTag tag = new HtmlTag();
        final OpenElements open = new OpenElements();
        final StringBuilder entity = new StringBuilder(4);
        /** Index of the outermost open hidden element; -1 while the text is visible. */
        int hiddenFrom = -1;
        int preDepth;
        /** The {@code dei:} facts being read (they nest: a date inside a period): their text so far. */
        final FactReader facts = new FactReader();

        Pass(String text, int end, int length) {
            this.text = text;
            this.end = end;
            this.lines = new TextLineBuilder(Math.max(16, length / 4));
        }

        void run(int start) {
            int p = start;
            while (p < end) {
                int lt = text.indexOf('<', p);
                if (lt < 0 || lt >= end) {
                    characters(p, end);
                    break;
                }
                characters(p, lt);
                p = markup(lt);
            }
            closeDownTo(0);
            lines.endLine();
        }

        /** Reads the markup at a {@code <} and returns where the text after it starts. */
        private int markup(int lt) {
            if (text.startsWith("<!--", lt)) {
                int close = text.indexOf("-->", lt + 4);
                return close < 0 || close >= end ? end : close + 3;
            }
            char next = lt + 1 < end ? text.charAt(lt + 1) : ' ';
            if (next == '!' || next == '?') {
                int close = text.indexOf('>', lt);
                return close < 0 || close >= end ? end : close + 1;
            }
            if (!tag.read(text, lt, end)) {
                characters(lt, lt + 1);
                return lt + 1;
            }
            if (!tag.complete) {
                return end;
            }
            if (tag.closing) {
                endTag(tag.name);
                return tag.end;
            }
            return startTag();
        }

        private int startTag() {
            String name = tag.name;
            closeImpliedBy(name);
            if (VOID.contains(name)) {
                voidElement(name);
                return tag.end;
            }
            int flags = (BLOCKS.contains(name) ? BLOCK : 0) | (CELLS.contains(name) ? CELL : 0)
                    | (name.equals("pre") ? PRE : 0);
            boolean visible = hiddenFrom < 0;
            if (visible && (INVISIBLE.contains(name) || InlineStyle.hides(text, tag.styleFrom, tag.styleTo))) {
                hiddenFrom = open.size();
                visible = false;
            }
            if (visible) {
                flags |= InlineStyle.breaksPageAfter(text, tag.styleFrom, tag.styleTo) ? BREAK_AFTER : 0;
                opened(flags);
            }
            if ((flags & BLOCK) != 0) {
                facts.wordBreak();
            }
            int index = open.size();
            open.push(name, flags);
            if (name.startsWith("ix:non")) {
                facts.start(text, tag.nameFrom, tag.nameTo, index);
            }
            int after = tag.end;
            if (tag.selfClosing) {
                closeDownTo(index);
            } else if (RAW_TEXT.contains(name)) {
                after = rawText(name, after);
            } else if ((flags & PRE) != 0 && after < end && text.charAt(after) == '\n') {
                after++; // HTML drops the line feed that directly follows <pre>
            }
            return after;
        }

        /** What a visible element's start does to the lines. */
        private void opened(int flags) {
            if (InlineStyle.breaksPageBefore(text, tag.styleFrom, tag.styleTo)) {
                lines.pageBreak();
            }
            if ((flags & CELL) != 0) {
                lines.cellStart();
            } else if ((flags & PRE) != 0) {
                lines.endLine();
                preDepth++;
            } else if ((flags & BLOCK) != 0) {
                lines.endLine();
            }
        }

        private void voidElement(String name) {
            if (hiddenFrom >= 0 || InlineStyle.hides(text, tag.styleFrom, tag.styleTo)) {
                return;
            }
            if (InlineStyle.breaksPageBefore(text, tag.styleFrom, tag.styleTo)) {
                lines.pageBreak();
            }
            if (name.equals("br")) {
                lines.endLine();
            } else if (name.equals("hr")) {
                lines.pageBreak();
            }
            if (InlineStyle.breaksPageAfter(text, tag.styleFrom, tag.styleTo)) {
                lines.pageBreak();
            }
        }

        /** The content of a script, style or title: skipped to its end tag (shown, for the rare visible ones). */
        private int rawText(String name, int from) {
            int p = from;
            while (true) {
                int close = text.indexOf("</", p);
                if (close < 0 || close >= end) {
                    characters(from, end);
                    return end;
                }
                int after = close + 2 + name.length();
                if (after <= end && text.regionMatches(true, close + 2, name, 0, name.length())
                        && (after == end || !Character.isLetterOrDigit(text.charAt(after)))) {
                    characters(from, close);
                    return close;
                }
                p = close + 2;
            }
        }

        /** A new paragraph, list item, row or cell closes the open one, as HTML's parsing rules say. */
        private void closeImpliedBy(String name) {
            if (CLOSES_PARAGRAPH.contains(name)) {
                closeFound(open.find("p", OpenElements.BUTTON_SCOPE));
            }
            switch (name) {
                case "li" -> closeFound(open.find("li", OpenElements.LIST_ITEM_SCOPE));
                case "dt", "dd" -> closeFound(open.find(DEFINITION_ITEMS, OpenElements.DEFAULT_SCOPE));
                case "td", "th" -> {
                    closeFound(open.find(CELLS, OpenElements.TABLE_SCOPE));
                    openImpliedRow();
                }
                case "tr" -> closeFound(open.find("tr", OpenElements.TABLE_SCOPE));
                case "tbody", "thead", "tfoot" -> closeFound(open.find(ROW_GROUPS, OpenElements.TABLE_SCOPE));
                default -> {
                }
            }
        }

        /** A cell straight inside a table or row group ("</tr><td>") gets the row HTML implies for it. */
        private void openImpliedRow() {
            int size = open.size();
            if (size > 0 && (open.name(size - 1).equals("table") || ROW_GROUPS.contains(open.name(size - 1)))) {
                if (hiddenFrom < 0) {
                    lines.endLine();
                }
                open.push("tr", BLOCK);
            }
        }

        private void endTag(String name) {
            if (name.equals("br")) {
                voidElement(name); // HTML reads a stray </br> as <br>
                return;
            }
            Set<String> scope = switch (name) {
                case "p" -> OpenElements.BUTTON_SCOPE;
                case "li" -> OpenElements.LIST_ITEM_SCOPE;
                case "td", "th", "tr", "tbody", "thead", "tfoot", "table" -> OpenElements.TABLE_SCOPE;
                default -> OpenElements.DEFAULT_SCOPE;
            };
            int found = open.find(name, scope);
            if (found >= 0) {
                closeDownTo(found);
            } else if (name.equals("p") && hiddenFrom < 0) {
                lines.endLine(); // HTML reads a stray </p> as an empty paragraph: <p></p>
                lines.endLine();
            }
        }

        private void closeFound(int index) {
            if (index >= 0) {
                closeDownTo(index);
            }
        }

        /** Closes the open elements from the top down to the one at {@code index}, that one included. */
        private void closeDownTo(int index) {
            while (open.size() > index) {
                closeTop();
            }
        }

        private void closeTop() {
            int index = open.size() - 1;
            int flags = open.flags(index);
            if (hiddenFrom >= 0 && index >= hiddenFrom) {
                if (index == hiddenFrom) {
                    hiddenFrom = -1;
                }
            } else {
                if ((flags & PRE) != 0) {
                    preDepth--;
                    lines.endLine();
                } else if ((flags & BLOCK) != 0) {
                    lines.endLine();
                } else if ((flags & CELL) != 0) {
                    lines.cellEnd();
                }
                if ((flags & BREAK_AFTER) != 0) {
                    lines.pageBreak();
                }
            }
            if (!facts.end(index) && (flags & BLOCK) != 0) {
                facts.wordBreak();
            }
            open.pop();
        }

        /** Text between tags: shown when visible, kept when it belongs to a fact, decoded either way. */
        private void characters(int from, int to) {
            boolean visible = hiddenFrom < 0;
            if (!visible && !facts.reading()) {
                return;
            }
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c == '&') {
                    i = HtmlEntities.read(text, i, to, entity);
                    for (int k = 0; k < entity.length(); k++) {
                        character(entity.charAt(k), visible);
                    }
                } else {
                    character(c, visible);
                    i++;
                }
            }
        }

        private void character(char c, boolean visible) {
            facts.character(c);
            if (visible) {
                if (preDepth > 0) {
                    lines.preformatted(c);
                } else {
                    lines.character(c);
                }
            }
        }
    }
}
