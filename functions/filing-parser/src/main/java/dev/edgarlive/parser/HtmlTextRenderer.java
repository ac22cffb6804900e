package dev.edgarlive.parser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An HTML or inline XBRL document to the same plain lines a text document gives: block elements end lines,
 * table cells on one row stay on one line separated by two spaces (so that "Item 2.02 | Results of Operations"
 * reads as a heading), hidden elements and scripts vanish, page breaks are kept as markers.
 * The tree is walked with jsoup's iterative {@link NodeTraversor}: no recursion, so nesting depth cannot
 * overflow the stack. Inline XBRL {@code dei:} facts are collected on the same walk, hidden ones included.
 */
final class HtmlTextRenderer {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "center", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "body", "caption",
            "thead", "tbody", "tfoot", "form", "address");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "noscript", "template");

    RenderedText render(String text, int start, int end) {
        Element root = Jsoup.parse(text.substring(start, end));
        Walker walker = new Walker();
        NodeTraversor.traverse(walker, root);
        walker.endLine();
        return new RenderedText(walker.out.toString(), walker.facts);
    }

    /** Turns the node stream into lines; state lives here, one instance per document. */
    private static final class Walker implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final Map<String, String> facts = new HashMap<>();
        /** Depth inside hidden or invisible elements: their text is not rendered. */
        int hiddenDepth;
        int preDepth;
        /** Whether the line being built has visible text, and whether a space is owed before the next word. */
        boolean lineHasText;
        boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                if (hiddenDepth == 0) {
                    appendText(textNode.getWholeText());
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            collectFact(element, tag);
            if (hiddenDepth > 0 || INVISIBLE.contains(tag) || isHidden(element)) {
                hiddenDepth++;
                return;
            }
            String style = element.attr("style");
            if (!style.isEmpty() && breaksPageBefore(style)) {
                pageBreak();
            }
            switch (tag) {
                case "br" -> endLine();
                case "hr" -> pageBreak();
                case "td", "th" -> {
                    if (lineHasText) {
                        out.append("  ");
                        pendingSpace = false;
                    }
                }
                case "pre" -> {
                    endLine();
                    preDepth++;
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        endLine();
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (hiddenDepth > 0) {
                hiddenDepth--;
                return;
            }
            String tag = element.normalName();
            if (tag.equals("pre")) {
                preDepth--;
                endLine();
            } else if (BLOCKS.contains(tag)) {
                endLine();
            } else if (tag.equals("td") || tag.equals("th")) {
                pendingSpace = true;
            }
            String style = element.attr("style");
            if (!style.isEmpty() && breaksPageAfter(style)) {
                pageBreak();
            }
        }

        private void collectFact(Element element, String tag) {
            if (!tag.startsWith("ix:non")) {
                return;
            }
            String name = element.attr("name");
            if (name.startsWith("dei:")) {
                facts.putIfAbsent(name.substring(4), collapse(element.text()));
            }
        }

        private void appendText(String raw) {
            if (preDepth > 0) {
                appendPreformatted(raw);
                return;
            }
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                } else if (c != '\u200B' && c != '\u00AD' && c != '\uFEFF') {
                    if (pendingSpace && lineHasText) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c);
                    lineHasText = true;
                }
            }
        }

        private void appendPreformatted(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    endLine();
                } else if (c == '\f') {
                    pageBreak();
                } else if (c != '\r') {
                    out.append(c == '\u00A0' || c == '\t' ? ' ' : c);
                    lineHasText |= c != ' ';
                }
            }
        }

        void endLine() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            if (lineHasText) {
                out.append('\n');
            } else if (end > 0 && out.charAt(end - 1) == '\n' && (end < 2 || out.charAt(end - 2) != '\n')) {
                out.append('\n');
            }
            lineHasText = false;
            pendingSpace = false;
        }

        void pageBreak() {
            endLine();
            out.append(RenderedText.PAGE_BREAK).append('\n');
        }
    }

    private static boolean isHidden(Element element) {
        if (element.normalName().equals("ix:header")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && containsIgnoreCase(style, "none") && compact(style).contains("display:none");
    }

    /** Most elements carry a style; this test spares them the allocation of a compacted copy. */
    private static boolean containsIgnoreCase(String text, String needle) {
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean breaksPageBefore(String style) {
        if (!containsIgnoreCase(style, "break")) {
            return false;
        }
        String s = compact(style);
        return s.contains("page-break-before:always") || s.contains("break-before:page");
    }

    private static boolean breaksPageAfter(String style) {
        if (!containsIgnoreCase(style, "break")) {
            return false;
        }
        String s = compact(style);
        return s.contains("page-break-after:always") || s.contains("break-after:page");
    }

    private static String compact(String style) {
        StringBuilder s = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                s.append(Character.toLowerCase(c));
            }
        }
        return s.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\u2002'
                || c == '\u2003' || c == '\u2009' || c == '\u202F';
    }

    static String collapse(String value) {
        StringBuilder s = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                }
                space = false;
                s.append(c);
            }
        }
        return s.toString();
    }
}
