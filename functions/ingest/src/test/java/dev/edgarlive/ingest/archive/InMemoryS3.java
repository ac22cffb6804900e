package dev.edgarlive.ingest.archive;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The few S3 calls the unpacker makes, on a map: objects with their user metadata, and every put counted. */
class InMemoryS3 implements S3Client {

    record StoredObject(byte[] content, Map<String, String> metadata) {
    }

    final Map<String, StoredObject> objects = new TreeMap<>();
    final List<String> puts = new ArrayList<>();

    void put(String key, byte[] content) {
        objects.put(key, new StoredObject(content, Map.of()));
    }

    byte[] content(String key) {
        return objects.get(key).content();
    }

    @Override
    public <T> T getObject(GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
        StoredObject object = objects.get(request.key());
        if (object == null) {
            throw NoSuchKeyException.builder().message("no " + request.key()).build();
        }
        GetObjectResponse response = GetObjectResponse.builder().contentLength((long) object.content().length)
                .metadata(object.metadata()).build();
        try {
            return transformer.transform(response, AbortableInputStream.create(stream(object.content())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
        return getObject(request, ResponseTransformer.toInputStream());
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
        StoredObject object = objects.get(request.key());
        if (object == null) {
            throw NoSuchKeyException.builder().message("no " + request.key()).build();
        }
        return HeadObjectResponse.builder().contentLength((long) object.content().length)
                .metadata(object.metadata()).build();
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            objects.put(request.key(), new StoredObject(in.readAllBytes(),
                    request.metadata() == null ? Map.of() : Map.copyOf(request.metadata())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        puts.add(request.key());
        return PutObjectResponse.builder().build();
    }

    /** A stream over the bytes; a subclass may break it to play a download that fails. */
    InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    @Override
    public String serviceName() {
        return "s3";
    }

    @Override
    public void close() {
    }
}
