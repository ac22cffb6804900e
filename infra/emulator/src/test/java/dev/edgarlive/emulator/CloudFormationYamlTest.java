package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String yaml) throws IOException {
        return CloudFormationYaml.read(new StringReader(yaml));
    }

    private static JsonNode json(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void shortRefBecomesLongForm() throws IOException {
        assertThat(read("a: !Ref FilingsTable")).isEqualTo(json("{\"a\":{\"Ref\":\"FilingsTable\"}}"));
    }

    @Test
    void shortGetAttSplitsResourceFromAttribute() throws IOException {
        assertThat(read("a: !GetAtt Queue.Arn")).isEqualTo(json("{\"a\":{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]}}"));
    }

    @Test
    void nestedFunctionsOverSequencesKeepTheirStructure() throws IOException {
        String yaml = """
                a: !If [IsNative, provided.al2023, !Sub "${X}-y"]
                b: !Select [4, !Split ["-", !Ref AWS::StackId]]
                """;
        assertThat(read(yaml)).isEqualTo(json("""
                {"a":{"Fn::If":["IsNative","provided.al2023",{"Fn::Sub":"${X}-y"}]},
                 "b":{"Fn::Select":[4,{"Fn::Split":["-",{"Ref":"AWS::StackId"}]}]}}"""));
    }

    @Test
    void functionOverMappingIsKept() throws IOException {
        String yaml = """
                a: !If
                  - UseJwt
                  - {k: v}
                  - !Ref AWS::NoValue
                """;
        assertThat(read(yaml)).isEqualTo(json(
                "{\"a\":{\"Fn::If\":[\"UseJwt\",{\"k\":\"v\"},{\"Ref\":\"AWS::NoValue\"}]}}"));
    }

    @Test
    void plainScalarsKeepTheirTypes() throws IOException {
        JsonNode node = read("n: 8\nb: true\ns: \"2010-09-09\"\nq: '8'\nz: ~");
        assertThat(node.get("n").isIntegralNumber()).isTrue();
        assertThat(node.get("b").isBoolean()).isTrue();
        assertThat(node.get("s").asText()).isEqualTo("2010-09-09");
        assertThat(node.get("q").isTextual()).isTrue();
        assertThat(node.get("z").isNull()).isTrue();
    }

    @Test
    void coreYamlTagsAreNotIntrinsics() throws IOException {
        assertThat(read("a: !!str 8")).isEqualTo(json("{\"a\":\"8\"}"));
    }

    @Test
    void theTemplateTreeShowsTheProjectTemplateInLongForm() {
        JsonNode runtime = SamTemplate.load().tree().path("Globals").path("Function").path("Runtime");

        assertThat(runtime.has("Fn::If")).as("Runtime is chosen by the Packaging parameter: %s", runtime).isTrue();
    }

    @Test
    void emptyDocumentIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class).hasMessageContaining("empty");
    }
}
