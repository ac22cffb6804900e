package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamTemplateTest {

    @TempDir
    Path directory;

    @Test
    void locatesTheNearestTemplateWalkingUp() throws IOException {
        Path template = Files.writeString(directory.resolve("template.yaml"), "Resources: {}\n");
        Path deep = Files.createDirectories(directory.resolve("functions/ingest/target"));

        assertThat(SamTemplate.locateFrom(deep)).isEqualTo(template);
    }

    @Test
    void noTemplateAnywhereNamesTheSystemProperty() throws IOException {
        Path deep = Files.createDirectories(directory.resolve("a/b"));
        // Only meaningful where no directory above the temp dir holds a template.yaml, as on any sane machine.
        assertThatThrownBy(() -> SamTemplate.locateFrom(deep))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(SamTemplate.PATH_PROPERTY);
    }

    @Test
    void theBuildNamesTheProjectTemplate() {
        // The parent POM sets edgar.template; the tests of every module read the same file.
        assertThat(SamTemplate.locate()).endsWith(Path.of("template.yaml"));
        assertThat(SamTemplate.load().path()).isEqualTo(SamTemplate.locate());
    }

    @Test
    void aYamlFileWithoutResourcesIsRefused() throws IOException {
        Path notATemplate = Files.writeString(directory.resolve("other.yaml"), "name: x\n");

        assertThatThrownBy(() -> SamTemplate.load(notATemplate))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("no Resources");
    }

    @Test
    void brokenYamlIsRefusedWithThePath() throws IOException {
        Path broken = Files.writeString(directory.resolve("template.yaml"), "Resources: [unclosed\n");

        assertThatThrownBy(() -> SamTemplate.load(broken))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(broken.toString());
    }
}
