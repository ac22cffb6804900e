package dev.edgarlive.parser.render;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.parser.envelope.DocumentSlice;
import dev.edgarlive.parser.text.TextLines;

import java.util.Map;

/**
 * One text path for every document: plain text and HTML are rendered to the same lines, then cleaned of page
 * furniture. XML and binary documents have no readable text here.
 */
public final class DocumentTextReader {

    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final HtmlTextRenderer html = new HtmlTextRenderer();
    private final PageFurnitureFilter furniture = new PageFurnitureFilter();

    public DocumentText read(String text, DocumentSlice slice, DocumentFormat format) {
        RenderedText rendered = switch (format) {
            case PLAIN_TEXT -> plain.render(text, slice.textStart(), slice.textEnd());
            case HTML, INLINE_XBRL -> html.render(text, slice.textStart(), slice.textEnd());
            case XML, BINARY -> new RenderedText(new TextLines(""), Map.of());
        };
        return new DocumentText(furniture.clean(rendered.lines()), rendered.deiFacts());
    }
}
