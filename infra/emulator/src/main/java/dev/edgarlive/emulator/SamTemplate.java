package dev.edgarlive.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The project's template.yaml, read once: the one definition of the bucket, the table and the functions. */
public final class SamTemplate {

    /** System property naming the template; the parent POM sets it for surefire and failsafe. */
    public static final String PATH_PROPERTY = "edgar.template";
    public static final String FILE_NAME = "template.yaml";

    private final Path path;
    private final TemplateNode root;

    private SamTemplate(Path path, JsonNode root) {
        this.path = path;
        this.root = new TemplateNode(root, "", path.toString());
    }

    /** The template named by {@value #PATH_PROPERTY}, else the nearest template.yaml from the working directory up. */
    public static SamTemplate load() {
        return load(locate());
    }

    public static SamTemplate load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            JsonNode root = CloudFormationYaml.read(reader);
            if (!root.isObject() || !root.has("Resources")) {
                throw new TemplateException(path + ": no Resources section; is this a SAM template?");
            }
            return new SamTemplate(path, root);
        } catch (IOException unreadable) {
            throw new TemplateException(path + ": cannot be read as YAML: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Where the template is: the system property {@value #PATH_PROPERTY} when set (it must then exist), else
     * template.yaml in the working directory or the nearest directory above it.
     */
    public static Path locate() {
        String configured = System.getProperty(PATH_PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new TemplateException("System property " + PATH_PROPERTY + " names " + path
                        + ", which is not a file");
            }
            return path;
        }
        return locateFrom(Path.of("").toAbsolutePath());
    }

    static Path locateFrom(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new TemplateException("No " + FILE_NAME + " in " + start + " or any directory above it; set the"
                + " system property " + PATH_PROPERTY + " to its path");
    }

    public Path path() {
        return path;
    }

    /**
     * The whole template as the tree its JSON form would give, short tags written out as intrinsics
     * ({@code {"Ref": ...}}, {@code {"Fn::If": [...]}}); a copy, free to change.
     */
    public JsonNode tree() {
        return root.node().deepCopy();
    }

    /** The Properties of one resource; the resource must exist and have the expected type. */
    TemplateNode properties(String logicalId, String expectedType) {
        TemplateNode resource = resource(logicalId);
        String type = resource.field("Type").text();
        if (!type.equals(expectedType)) {
            throw resource.problem("Resources." + logicalId + " is a " + type + ", expected " + expectedType);
        }
        return resource.field("Properties");
    }

    TemplateNode resource(String logicalId) {
        return root.field("Resources").optionalField(logicalId)
                .orElseThrow(() -> root.problem("no resource named " + logicalId + " under Resources"));
    }

    /**
     * A number the template gives either literally or as a {@code Ref} to a parameter, which an emulator run takes
     * at its default (as {@code sam deploy} does without an override).
     */
    long number(TemplateNode value) {
        Optional<String> parameter = value.referencedResource();
        if (parameter.isEmpty()) {
            return value.number();
        }
        TemplateNode definition = root.optionalField("Parameters").flatMap(p -> p.optionalField(parameter.get()))
                .orElseThrow(() -> value.problem(value.path() + " refers to " + parameter.get()
                        + ", which is no parameter of the template"));
        return definition.field("Default").number();
    }

    /** Every resource of one type, by logical id, in template order. */
    Map<String, TemplateNode> resourcesOfType(String type) {
        TemplateNode resources = root.field("Resources");
        Map<String, TemplateNode> found = new LinkedHashMap<>();
        for (Iterator<String> ids = resources.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            TemplateNode resource = resources.field(id);
            if (resource.optionalField("Type").map(TemplateNode::text).orElse("").equals(type)) {
                found.put(id, resource);
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
