package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's shape, read from the repository's sources: other modules see only its facade, the filing model and
 * the form catalog; each stage package uses only the stages before it and the shared {@code text} package; the
 * model and the catalog know nothing of the parser. A class imported past its stage, or a module reaching into a
 * stage, fails here with its file and line. Plain source scanning: the rules are about imports and qualified names,
 * which is all the Java compiler lets a class use across packages.
 */
class ParserArchitectureTest {

    /** The stage packages, each with the parser packages it may use besides itself, in the order data flows. */
    private static final Map<String, Set<String>> STAGES = Map.of(
            "text", Set.of(),
            "envelope", Set.of("text"),
            "render", Set.of("text", "envelope"),
            "cover", Set.of("text", "envelope"),
            "sections", Set.of("text", "envelope", "cover"));

    /** What other modules may use of the parser package itself. */
    private static final Set<String> FACADE = Set.of("FilingParser", "ParseResult");

    /** A use of the parser: a sub-package (lower case) or a facade class (upper case) after the package name. */
    private static final Pattern PARSER_REFERENCE = Pattern.compile("\\bdev\\.edgarlive\\.parser\\.([A-Za-z_]\\w*)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Path PARSER_MODULE = Path.of("functions", "filing-parser");
    private static final Path PARSER_SOURCES = PARSER_MODULE.resolve(Path.of("src", "main", "java", "dev", "edgarlive"));

    private final Path root = repositoryRoot();

    @Test
    void otherModulesUseOnlyTheFacadeOfTheParser() {
        List<String> violations = new ArrayList<>();
        List<Path> consumers = new ArrayList<>();
        for (Path file : javaSources(root)) {
            if (root.relativize(file).startsWith(PARSER_MODULE)) {
                continue;
            }
            forEachParserReference(file, (line, used) -> {
                consumers.add(file);
                if (!FACADE.contains(used)) {
                    violations.add(where(file, line) + " uses dev.edgarlive.parser." + used
                            + ": outside the parser only FilingParser and ParseResult are public");
                }
            });
        }
        assertThat(consumers).as("the scan finds the modules that call the parser (ingest, query, parse-cli, ...)")
                .extracting(file -> root.relativize(file).getName(0) + "/" + root.relativize(file).getName(1))
                .contains("functions/ingest", "functions/query", "tools/parse-cli");
        assertThat(violations).isEmpty();
    }

    @Test
    void eachStageUsesOnlyTheStagesBeforeItAndNeverTheFacade() {
        List<String> violations = new ArrayList<>();
        Path parser = root.resolve(PARSER_SOURCES).resolve("parser");
        for (Path file : javaSources(parser)) {
            Path relative = parser.relativize(file);
            if (relative.getNameCount() == 1) {
                continue; // the facade wires every stage
            }
            String stage = relative.getName(0).toString();
            Set<String> allowed = STAGES.get(stage);
            if (allowed == null) {
                violations.add(where(file, 1) + " is in package " + stage + ", which is no declared stage: give it its"
                        + " place in ParserArchitectureTest.STAGES");
                continue;
            }
            forEachParserReference(file, (line, used) -> {
                if (!used.equals(stage) && !allowed.contains(used)) {
                    violations.add(where(file, line) + ": stage " + stage + " uses " + used
                            + (Character.isUpperCase(used.charAt(0)) ? " (the facade)" : "") + "; it may use " + allowed);
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theModelAndTheCatalogKnowNothingOfTheParser() {
        List<String> violations = new ArrayList<>();
        for (String independent : List.of("filing", "forms")) {
            for (Path file : javaSources(root.resolve(PARSER_SOURCES).resolve(independent))) {
                forEachParserReference(file, (line, used) ->
                        violations.add(where(file, line) + " uses dev.edgarlive.parser." + used));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyStageOfTheParserIsAPackageOfItsOwn() {
        Set<String> packages = new TreeSet<>();
        for (Path file : javaSources(root.resolve(PARSER_SOURCES).resolve("parser"))) {
            Path relative = root.resolve(PARSER_SOURCES).resolve("parser").relativize(file);
            if (relative.getNameCount() > 1) {
                packages.add(relative.getName(0).toString());
            }
        }
        assertThat(packages).containsExactlyInAnyOrderElementsOf(STAGES.keySet());
    }

    private interface ReferenceVisitor {
        /** {@code used}: the sub-package, or the facade class, named after {@code dev.edgarlive.parser.}. */
        void visit(int line, String used);
    }

    /** Every use of the parser in a file's code (comments left out), by line. */
    private static void forEachParserReference(Path file, ReferenceVisitor visitor) {
        String code = withoutComments(read(file));
        Matcher m = PARSER_REFERENCE.matcher(code);
        while (m.find()) {
            visitor.visit(lineOf(code, m.start()), m.group(1));
        }
    }

    /** Comments become spaces, line feeds kept, so that offsets still give the right line. */
    private static String withoutComments(String source) {
        Matcher m = COMMENT.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append(m.group().replaceAll("[^\\n]", " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private String where(Path file, int line) {
        return root.relativize(file) + ":" + line;
    }

    private static List<Path> javaSources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/node_modules/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory holding the Maven wrapper and the parser module: the build runs tests in the module's own. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve(PARSER_MODULE))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (mvnw beside functions/filing-parser) above "
                + Path.of("").toAbsolutePath());
    }
}
