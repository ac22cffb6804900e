package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

class TableDefinitionTest {

    @TempDir
    Path directory;

    private SamTemplate template(String resources) throws IOException {
        return SamTemplate.load(Files.writeString(directory.resolve("template.yaml"), "Resources:\n" + resources));
    }

    @Test
    void provisionedTableCarriesItsThroughputAndIndexProjections() throws IOException {
        SamTemplate template = template("""
                  T:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}, {AttributeName: n, AttributeType: N}]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                      ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 2}
                      GlobalSecondaryIndexes:
                        - IndexName: ByN
                          KeySchema: [{AttributeName: n, KeyType: HASH}]
                          Projection: {ProjectionType: INCLUDE, NonKeyAttributes: [title]}
                          ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}
                """);

        CreateTableRequest request = TableDefinition.from(template, "T").createRequest("t1");

        assertThat(request.tableName()).isEqualTo("t1");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(request.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(request.globalSecondaryIndexes().get(0).projection().nonKeyAttributes()).containsExactly("title");
        assertThat(request.sseSpecification()).isNull();
    }

    @Test
    void aDeployTimeValueWhereALiteralIsNeededNamesThePlace() throws IOException {
        SamTemplate template = template("""
                  T:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                      KeySchema: [{AttributeName: !Ref KeyName, KeyType: HASH}]
                """);

        assertThatThrownBy(() -> TableDefinition.from(template, "T"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Resources.T.Properties.KeySchema[0].AttributeName")
                .hasMessageContaining("Ref");
    }

    @Test
    void aResourceOfAnotherTypeIsRefused() throws IOException {
        SamTemplate template = template("""
                  T:
                    Type: AWS::S3::Bucket
                """);

        assertThatThrownBy(() -> TableDefinition.from(template, "T"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("expected AWS::DynamoDB::Table");
    }

    @Test
    void aMissingResourceIsNamed() throws IOException {
        SamTemplate template = template("  Other: {Type: AWS::SQS::Queue}\n");

        assertThatThrownBy(() -> TableDefinition.from(template, "FilingsTable"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("FilingsTable");
    }
}
