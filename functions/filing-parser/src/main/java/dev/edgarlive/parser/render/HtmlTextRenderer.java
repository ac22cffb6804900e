package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.TextLines;

/**
 * An HTML or inline XBRL document to the same plain lines a text document gives: block elements end lines,
 * table cells on one row stay on one line separated by two spaces (so that "Item 2.02 | Results of Operations"
 * reads as a heading), inline elements that CSS sets apart (a margin, padding, a tab stop) are separate words,
 * hidden elements (the inline XBRL header, {@code display:none}) and scripts vanish, page
 * breaks are kept as markers. Inline XBRL {@code dei:} facts are collected on the same pass, hidden ones included.
 *
 * <p>Why not a DOM: the text needs only where blocks, cells and hidden parts begin and end, so the source is
 * read once, tag by tag, in place ({@code indexOf} to the next {@code <}), keeping a stack of open elements with
 * the HTML rules that matter for line breaks: a new paragraph, list item, row or cell closes the open one, and an
 * end tag closes what was opened inside its element. Building a full tree cost five times as much for the same
 * lines. The stack is an array, so nesting depth cannot overflow the call stack.
 */
final class HtmlTextRenderer {

    RenderedText render(String text, int start, int end) {
        Pass pass = new Pass(text, end, end - start);
        pass.run(start);
        return new RenderedText(new TextLines(pass.lines.text()), pass.facts.found());
    }

    /** One document's pass: the position, the open elements and the lines so far. */
    private static final class Pass {
        /** Set on an element whose style asks for a page break after it. */
        private static final int BREAK_AFTER = ElementKind.FIRST_FREE_BIT;
        /** Set on an inline element whose style puts room beside it: what follows it is a new word. */
        private static final int SPACED = ElementKind.FIRST_FREE_BIT << 1;
        /** The kinds that end a line or a cell anyway, so that room beside them changes nothing. */
        private static final int BREAKING = ElementKind.BLOCK | ElementKind.CELL | ElementKind.PRE;

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
                endTag(tag.name, tag.kind);
                return tag.end;
            }
            return startTag();
        }

        private int startTag() {
            int kind = tag.kind;
            closeImpliedBy(kind);
            if ((kind & ElementKind.VOID) != 0) {
                voidElement(kind);
                return tag.end;
            }
            boolean visible = hiddenFrom < 0;
            if (visible && ((kind & ElementKind.INVISIBLE) != 0 || InlineStyle.hides(text, tag.styleFrom, tag.styleTo))) {
                hiddenFrom = open.size();
                visible = false;
            }
            int flags = kind;
            if (visible) {
                flags |= InlineStyle.breaksPageAfter(text, tag.styleFrom, tag.styleTo) ? BREAK_AFTER : 0;
                if ((kind & BREAKING) == 0 && InlineStyle.spacesApart(text, tag.styleFrom, tag.styleTo)) {
                    flags |= SPACED;
                    lines.wordBreak();
                }
                opened(kind);
            }
            if ((kind & ElementKind.BLOCK) != 0) {
                facts.wordBreak();
            }
            int index = open.size();
            open.push(tag.name, flags);
            if (tag.name.startsWith("ix:non")) {
                facts.start(text, tag.nameFrom, tag.nameTo, index);
            }
            int after = tag.end;
            if (tag.selfClosing) {
                closeDownTo(index);
            } else if ((kind & ElementKind.RAW_TEXT) != 0) {
                after = rawText(tag.name, after);
            } else if ((kind & ElementKind.PRE) != 0 && after < end && text.charAt(after) == '\n') {
                after++; // HTML drops the line feed that directly follows <pre>
            }
            return after;
        }

        /** What a visible element's start does to the lines. */
        private void opened(int kind) {
            if (InlineStyle.breaksPageBefore(text, tag.styleFrom, tag.styleTo)) {
                lines.pageBreak();
            }
            if ((kind & ElementKind.CELL) != 0) {
                lines.cellStart();
            } else if ((kind & ElementKind.PRE) != 0) {
                lines.endLine();
                preDepth++;
            } else if ((kind & ElementKind.BLOCK) != 0) {
                lines.endLine();
            }
        }

        private void voidElement(int kind) {
            if (hiddenFrom >= 0 || InlineStyle.hides(text, tag.styleFrom, tag.styleTo)) {
                return;
            }
            if (InlineStyle.breaksPageBefore(text, tag.styleFrom, tag.styleTo)) {
                lines.pageBreak();
            }
            if ((kind & ElementKind.BR) != 0) {
                lines.endLine();
            } else if ((kind & ElementKind.HR) != 0) {
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
        private void closeImpliedBy(int kind) {
            if ((kind & ElementKind.CLOSES_PARAGRAPH) != 0) {
                closeFound(open.find(ElementKind.PARAGRAPH, ElementKind.BUTTON_SCOPE));
            }
            if ((kind & ElementKind.LIST_ITEM) != 0) {
                closeFound(open.find(ElementKind.LIST_ITEM, ElementKind.LIST_ITEM_SCOPE));
            } else if ((kind & ElementKind.DEFINITION_ITEM) != 0) {
                closeFound(open.find(ElementKind.DEFINITION_ITEM, ElementKind.DEFAULT_SCOPE));
            } else if ((kind & ElementKind.CELL) != 0) {
                closeFound(open.find(ElementKind.CELL, ElementKind.TABLE_SCOPE));
                openImpliedRow();
            } else if ((kind & ElementKind.ROW) != 0) {
                closeFound(open.find(ElementKind.ROW, ElementKind.TABLE_SCOPE));
            } else if ((kind & ElementKind.ROW_GROUP) != 0) {
                closeFound(open.find(ElementKind.ROW_GROUP, ElementKind.TABLE_SCOPE));
            }
        }

        /** A cell straight inside a table or row group ("</tr><td>") gets the row HTML implies for it. */
        private void openImpliedRow() {
            int size = open.size();
            if (size > 0 && (open.flags(size - 1) & (ElementKind.TABLE | ElementKind.ROW_GROUP)) != 0) {
                if (hiddenFrom < 0) {
                    lines.endLine();
                }
                open.push("tr", ElementKind.of("tr"));
            }
        }

        private void endTag(String name, int kind) {
            if ((kind & ElementKind.BR) != 0) {
                voidElement(kind); // HTML reads a stray </br> as <br>
                return;
            }
            int scope;
            if ((kind & ElementKind.PARAGRAPH) != 0) {
                scope = ElementKind.BUTTON_SCOPE;
            } else if ((kind & ElementKind.LIST_ITEM) != 0) {
                scope = ElementKind.LIST_ITEM_SCOPE;
            } else if ((kind & (ElementKind.CELL | ElementKind.ROW | ElementKind.ROW_GROUP | ElementKind.TABLE)) != 0) {
                scope = ElementKind.TABLE_SCOPE;
            } else {
                scope = ElementKind.DEFAULT_SCOPE;
            }
            int found = open.find(name, scope);
            if (found >= 0) {
                closeDownTo(found);
            } else if ((kind & ElementKind.PARAGRAPH) != 0 && hiddenFrom < 0) {
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
                if ((flags & ElementKind.PRE) != 0) {
                    preDepth--;
                    lines.endLine();
                } else if ((flags & ElementKind.BLOCK) != 0) {
                    lines.endLine();
                } else if ((flags & ElementKind.CELL) != 0) {
                    lines.cellEnd();
                }
                if ((flags & SPACED) != 0) {
                    lines.wordBreak();
                }
                if ((flags & BREAK_AFTER) != 0) {
                    lines.pageBreak();
                }
            }
            if (!facts.end(index) && (flags & ElementKind.BLOCK) != 0) {
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
