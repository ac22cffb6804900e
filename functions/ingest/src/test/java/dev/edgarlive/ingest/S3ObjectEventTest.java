package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S3ObjectEventTest {

    @Test
    void aSpaceArrivesAsAPlusAndAPlusAsPercent2B() {
        assertThat(S3ObjectEvent.decodeKey("filings/Form+8-K+%2B+exhibits.txt"))
                .isEqualTo("filings/Form 8-K + exhibits.txt");
    }

    @Test
    void motoEncodesTheSlash() {
        assertThat(S3ObjectEvent.decodeKey("filings%2F2024%2F8k.txt")).isEqualTo("filings/2024/8k.txt");
    }

    @Test
    void aStrayPercentIsKeptAsWritten() {
        assertThat(S3ObjectEvent.decodeKey("filings/100%.txt")).isEqualTo("filings/100%.txt");
    }

    @Test
    void lambdaAndSqsEventNamesBothCount() {
        assertThat(S3ObjectEvent.from(record("ObjectCreated:Put", "filings/a.txt")).kind())
                .isEqualTo(S3ObjectEvent.Kind.CREATED);
        assertThat(S3ObjectEvent.from(record("s3:ObjectCreated:CompleteMultipartUpload", "filings/a.txt")).kind())
                .isEqualTo(S3ObjectEvent.Kind.CREATED);
        assertThat(S3ObjectEvent.from(record("ObjectRemoved:DeleteMarkerCreated", "filings/a.txt")).kind())
                .isEqualTo(S3ObjectEvent.Kind.REMOVED);
        assertThat(S3ObjectEvent.from(record("s3:TestEvent", null)).kind()).isEqualTo(S3ObjectEvent.Kind.OTHER);
    }

    @Test
    void carriesBucketSizeAndDecodedKey() {
        S3ObjectEvent event = S3ObjectEvent.from(record("ObjectCreated:Put", "filings/my+filing.txt"));
        assertThat(event.bucket()).isEqualTo("edgar-live-local");
        assertThat(event.key()).isEqualTo("filings/my filing.txt");
        assertThat(event.size()).isEqualTo(3459);
    }

    static S3EventNotificationRecord record(String eventName, String key) {
        S3ObjectEntity object = new S3ObjectEntity(key, 3459L, "etag", null, null);
        S3Entity s3 = new S3Entity("config", new S3BucketEntity("edgar-live-local", null, "arn:aws:s3:::edgar-live-local"),
                object, "1.0");
        return new S3EventNotificationRecord("us-east-1", eventName, "aws:s3", "2024-01-01T00:00:00.000Z", "2.1",
                null, null, s3, null);
    }
}
