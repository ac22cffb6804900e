package dev.edgarlive.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local stack reads its functions from template.yaml: the project's own, and small ones written here. */
class LocalTemplateTest {

    private static final Path PROJECT_TEMPLATE = Path.of(System.getProperty("edgar.template", "../../template.yaml"));

    @Test
    void evaluatesTheProjectsFunctionsForALocalStack() throws Exception {
        LocalTemplate template = LocalTemplate.read(PROJECT_TEMPLATE, "edgar-live-local");
        String bucket = template.bucketName();
        String table = template.tableName();

        List<LocalTemplate.DeployedFunction> functions = template.functions(
                Map.of("FilingsBucket", bucket, "FilingsTable", table, "ArchiveQueue", "http://q/archives",
                        "ReprocessQueue", "http://q/reprocess"),
                Map.of("IngestQueue", "arn:aws:sqs:us-east-1:000000000000:ingest"), "local-secret");

        assertThat(bucket).matches("edgar-live-filings-[0-9a-f]{12}");
        LocalTemplate.DeployedFunction ingest = byName(functions, "IngestFunction");
        LocalTemplate.DeployedFunction query = byName(functions, "QueryFunction");
        assertThat(ingest.queueSources()).extracting(SqsEventSource::queue)
                .containsExactly("IngestQueue", "ReprocessQueue");
        SqsEventSource uploads = ingest.queueSources().get(0);
        assertThat(uploads.batchSize()).isEqualTo(10);
        assertThat(uploads.batchingWindow()).isZero();
        assertThat(uploads.maximumConcurrency()).isEqualTo(10);
        assertThat(uploads.reportsItemFailures()).isTrue();
        assertThat(ingest.queueSources().get(1).maximumConcurrency()).isEqualTo(2);
        assertThat(ingest.spec().environment()).containsEntry("EDGAR_TABLE", table).containsEntry("EDGAR_BUCKET", bucket)
                .containsEntry("QUARKUS_LAMBDA_HANDLER", "ingest");
        assertThat(ingest.spec().codePackage()).isEqualTo(PROJECT_TEMPLATE.toAbsolutePath().normalize().getParent()
                .resolve("functions/ingest/target/function.zip"));
        assertThat(byName(functions, "UnpackFunction").spec().environment())
                .containsEntry("QUARKUS_LAMBDA_HANDLER", "unpack").containsEntry("EDGAR_ARCHIVE_QUEUE_URL", "http://q/archives");
        assertThat(byName(functions, "UnpackFunction").spec().timeout().toSeconds()).isEqualTo(900);
        assertThat(byName(functions, "ReprocessFunction").queueSources()).isEmpty();
        assertThat(query.routes()).extracting(HttpRoute::routeKey).contains("GET /{proxy+}");
        assertThat(query.spec().environment()).containsEntry("EDGAR_TABLE", table);
        // The cursor key's ARN (the local stack puts the secret it creates on the emulator), never the key itself.
        assertThat(query.spec().environment()).containsEntry("EDGAR_CURSOR_KEY_SECRET_ARN",
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:CursorSigningSecret")
                .containsEntry("EDGAR_API_AUTH", "IAM").doesNotContainKey("EDGAR_CURSOR_KEY");
        assertThat(query.queueSources()).isEmpty();
        CorsRules cors = template.cors().orElseThrow();
        assertThat(cors.allowOrigins()).containsExactly("http://localhost:3000");
        assertThat(cors.exposeHeaders()).containsExactly("etag");
    }

    @Test
    void mergesGlobalsResolvesConditionsAndDropsNoValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Parameters:
                  Packaging: {Type: String, Default: jvm}
                  Origins: {Type: CommaDelimitedList, Default: "http://a,http://b"}
                  Batch: {Type: Number, Default: 25}
                Conditions:
                  IsNative: !Equals [!Ref Packaging, native]
                Globals:
                  Function:
                    Runtime: java21
                    Handler: !If [IsNative, none, my.Handler::handleRequest]
                    Timeout: 30
                    Environment:
                      Variables:
                        SHARED: !Sub "${AWS::StackName}-shared"
                        NATIVE_ONLY: !If [IsNative, "yes", !Ref AWS::NoValue]
                Resources:
                  FilingsBucket: {Type: AWS::S3::Bucket}
                  FilingsTable: {Type: AWS::DynamoDB::Table, Properties: {TableName: !Sub "${AWS::StackName}-t"}}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: build/fn.zip
                      Timeout: 5
                      Environment:
                        Variables:
                          ORIGINS: !Join [";", !Ref Origins]
                          TABLE: !Ref FilingsTable
                      Events:
                        Api: {Type: HttpApi, Properties: {Method: get, Path: "/items/{id}"}}
                        Inbox:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt Inbox.Arn
                            BatchSize: !Ref Batch
                            MaximumBatchingWindowInSeconds: 3
                """);
        LocalTemplate template = LocalTemplate.read(file, "demo");

        LocalTemplate.DeployedFunction fn = template.functions(Map.of("FilingsTable", template.tableName()),
                Map.of(), "s").get(0);

        assertThat(template.tableName()).isEqualTo("demo-t");
        assertThat(template.bucketName()).startsWith("demo-filingsbucket-");
        assertThat(fn.spec().handler()).isEqualTo("my.Handler::handleRequest");
        assertThat(fn.spec().timeout().toSeconds()).isEqualTo(5);
        assertThat(fn.spec().codePackage()).isEqualTo(dir.resolve("build/fn.zip"));
        assertThat(fn.spec().environment()).containsExactlyInAnyOrderEntriesOf(
                Map.of("SHARED", "demo-shared", "ORIGINS", "http://a;http://b", "TABLE", "demo-t"));
        assertThat(fn.routes()).containsExactly(new HttpRoute("GET", "/items/{id}", "Fn"));
        assertThat(fn.queueSources()).singleElement().satisfies(source -> {
            assertThat(source.queue()).isEqualTo("Inbox");
            assertThat(source.batchSize()).isEqualTo(25);
            assertThat(source.batchingWindow().toSeconds()).isEqualTo(3);
            assertThat(source.maximumConcurrency()).isEqualTo(1000);
            assertThat(source.reportsItemFailures()).isFalse();
        });
    }

    @Test
    void refusesAReferenceTheLocalStackCannotResolve(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  FilingsBucket: {Type: AWS::S3::Bucket}
                  FilingsTable: {Type: AWS::DynamoDB::Table}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: fn.zip
                      Handler: h
                      Environment: {Variables: {KEY: !GetAtt SomeKey.Arn}}
                """);
        LocalTemplate template = LocalTemplate.read(file, "demo");

        assertThatThrownBy(() -> template.functions(Map.of(), Map.of(), "s"))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("Resources.Fn.Properties.Environment.Variables.KEY")
                .hasMessageContaining("SomeKey.Arn");
    }

    @Test
    void refusesAnEnvironmentVariableThatIsNoString(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Parameters:
                  Origins: {Type: CommaDelimitedList, Default: "http://a,http://b"}
                Resources:
                  FilingsBucket: {Type: AWS::S3::Bucket}
                  FilingsTable: {Type: AWS::DynamoDB::Table}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: fn.zip
                      Handler: h
                      Environment: {Variables: {ORIGINS: !Ref Origins}}
                """);

        assertThatThrownBy(() -> LocalTemplate.read(file, "demo").functions(Map.of(), Map.of(), "s"))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("Environment.Variables.ORIGINS is not a string");
    }

    private static LocalTemplate.DeployedFunction byName(List<LocalTemplate.DeployedFunction> functions, String name) {
        return functions.stream().filter(f -> f.spec().name().equals(name)).findFirst().orElseThrow();
    }
}
