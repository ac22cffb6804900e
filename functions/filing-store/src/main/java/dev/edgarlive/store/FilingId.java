package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A filing's identity in the store: the SEC accession number where the filing carries one, else a name derived
 * from the hash of its bytes ({@code sha256-} and the first 32 hex digits), so the same bytes always get the same id.
 */
public final class FilingId {

    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final Pattern CONTENT = Pattern.compile("sha256-[0-9a-f]{32}");
    private static final String CONTENT_PREFIX = "sha256-";
    private static final int CONTENT_DIGITS = 32;

    private final String value;

    private FilingId(String value) {
        this.value = value;
    }

    /** The id for a parsed filing whose source bytes hash to {@code contentSha256} (lowercase hex). */
    public static FilingId of(Filing filing, String contentSha256) {
        String accession = filing.accessionNumber();
        if (accession != null && ACCESSION.matcher(accession.strip()).matches()) {
            return new FilingId(accession.strip());
        }
        Objects.requireNonNull(contentSha256, "contentSha256");
        return new FilingId(CONTENT_PREFIX + contentSha256.substring(0, CONTENT_DIGITS));
    }

    /** Reads an id given by a caller (a URL path segment): empty when it is not a well-formed id. */
    public static Optional<FilingId> parse(String text) {
        if (text != null && (ACCESSION.matcher(text).matches() || CONTENT.matcher(text).matches())) {
            return Optional.of(new FilingId(text));
        }
        return Optional.empty();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilingId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
