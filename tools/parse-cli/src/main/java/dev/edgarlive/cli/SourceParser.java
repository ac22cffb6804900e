package dev.edgarlive.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;

/** Turns one path as given on the command line into its JSON record, whatever happens to it. */
final class SourceParser {

    private final FilingParser parser = new FilingParser();
    private final SourceReader reader;
    private final FilingJson json;

    SourceParser(SourceReader reader, FilingJson json) {
        this.reader = reader;
        this.json = json;
    }

    ObjectNode parse(String source) {
        byte[] content;
        try {
            content = reader.read(source);
        } catch (SourceReader.UnreadableSource e) {
            return json.failure(source, e.failure());
        }
        ParseResult result;
        try {
            result = parser.parse(content);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The parser promises never to throw; this is the one place that keeps a broken promise
            // from ending a run of hundreds of files. The record names the throwable for the bug report.
            return json.failure(source, new SourceFailure(SourceFailure.PARSER_CRASH, crashDescription(e)));
        }
        return result.filing()
                .map(filing -> json.filing(source, filing, result.errors()))
                .orElseGet(() -> json.failure(source, SourceFailure.of(result.errors().get(0))));
    }

    private static String crashDescription(Throwable e) {
        StackTraceElement[] stack = e.getStackTrace();
        String where = stack.length == 0 ? "" : " at " + stack[0];
        return e + where;
    }
}
