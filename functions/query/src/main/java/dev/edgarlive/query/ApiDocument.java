package dev.edgarlive.query;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Adds to the generated OpenAPI document what every operation shares and the resources do not declare one by one:
 * the problem document (RFC 9457) and the errors answered with it, the ETag and Cache-Control of every 200, and 304.
 * Registered as {@code mp.openapi.filter}; runs when the document is built.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "ProblemDetail";

    /** The errors any operation may answer, and when. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "A parameter or path segment cannot be served (malformed, out of range, unknown or repeated);"
                    + " parameter names it.",
            "404", "No such filing, item, exhibit or company, or no such path.",
            "413", "The response would pass the response limit (6,000,000 bytes). For a filing with include=text,"
                    + " itemUrls and exhibitUrls name the URL of each text; for a list, ask for a smaller limit.",
            "503", "The data cannot be read right now (DynamoDB or Secrets Manager); Retry-After says when to try"
                    + " again.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(ApiDocument::addSharedResponses));
    }

    private static void addSharedResponses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("A hash of the body: send it back as If-None-Match to get 304 while the"
                    + " data is unchanged."));
            ok.addHeader("Cache-Control", header("max-age=300 for a filing, item or exhibit; no-cache for lists,"
                    + " counts, companies and failures; private when the API authenticates its callers."));
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match tag is the current one. No body."));
        ERRORS.forEach((status, description) -> operation.getResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema urls = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document (application/problem+json): every error has one.")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", text.description("about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("what went wrong and what to do; quotes at most 80 characters of a value"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request's path"))
                .addProperty("parameter", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("on every 400: the parameter or path segment at fault (url when the URL"
                                + " itself cannot be read)"))
                .addProperty("itemUrls", urls)
                .addProperty("exhibitUrls", urls);
    }
}
