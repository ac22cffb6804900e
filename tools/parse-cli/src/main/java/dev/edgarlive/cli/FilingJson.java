package dev.edgarlive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.ParseIssue;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON shape of one parsed file: {@code source} first, then the model's fields under their own
 * names, as plain Jackson prints the records (nulls kept, dates as {@code YYYY-MM-DD}), the way a
 * Quarkus REST resource returning the same {@link Filing} would print it.
 */
final class FilingJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    private final ObjectWriter writer;

    FilingJson(boolean pretty) {
        this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    }

    /**
     * A filing the parser made. Errors that came with a filing are kept under {@code errors} so that
     * nothing the parser said is lost; the key is absent when there are none.
     */
    ObjectNode filing(String source, Filing filing, List<ParseIssue> errors) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", source);
        node.setAll((ObjectNode) mapper.valueToTree(filing));
        if (!errors.isEmpty()) {
            node.set("errors", mapper.valueToTree(errors));
        }
        return node;
    }

    ObjectNode failure(String source, SourceFailure failure) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", source);
        node.set("error", mapper.valueToTree(failure));
        return node;
    }

    String write(ObjectNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain values always serialises; reaching here is a bug in this class.
            throw new UncheckedIOException(e);
        }
    }
}
