package dev.edgarlive.store;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.FilingParser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's one public entry point: filings in and out of the DynamoDB table and the bucket's
 * {@code derived/} prefix. Thread-safe; holds no state but its clients. DATA_MODEL.md describes the rows.
 */
public final class FilingStore {

    private final FilingWriter writer;
    private final FilingReader reader;
    private final FilingLists lists;
    private final CompanyProfiles profiles;
    private final DailyCounts counts;
    private final FailureLog failures;

    public FilingStore(DynamoDbClient dynamo, S3Client s3, StoreSettings settings) {
        this(dynamo, s3, settings, Clock.systemUTC());
    }

    public FilingStore(DynamoDbClient dynamo, S3Client s3, StoreSettings settings, Clock clock) {
        DerivedObjects derived = new DerivedObjects(s3, settings.bucket());
        this.profiles = new CompanyProfiles(dynamo, settings.tableName());
        this.writer = new FilingWriter(dynamo, settings, derived, profiles, clock, new Backoff(Thread::sleep));
        this.reader = new FilingReader(dynamo, settings.tableName(), derived);
        IndexReader indexReader = new IndexReader(dynamo, settings.tableName(),
                new CursorCodec(settings.cursorKeys()));
        this.lists = new FilingLists(indexReader, settings.formShards());
        this.failures = new FailureLog(indexReader);
        this.counts = new DailyCounts(dynamo, settings.tableName(), settings.formShards());
    }

    // --- changes of S3 keys, in order ------------------------------------------------------------------------
    //
    // How ingest applies one S3 event (DATA_MODEL.md, "Order per key"): begin() counts the delivery and reads the
    // key's state; the caller decides from it (and from the bucket) whether the event is superseded, a redelivery,
    // or a change; the change (save, recordFailure, removeSource) is made on that state and commits only if the
    // key's row is still at it, else SourceChangedException: read again, decide again.

    /**
     * Counts one delivery of {@code event} for {@code key} and returns the key's state, with the number of
     * deliveries of this event so far ({@link SourceState#attempts()}).
     */
    public SourceState begin(String key, EventStamp event) {
        return writer.begin(key, event);
    }

    /** What the store holds for an S3 key (status, parser version, sequencer, ETag), if it ever saw it. */
    public Optional<SourceState> sourceState(String key) {
        return writer.state(key);
    }

    /**
     * Confirms that the key still holds what {@code state} says, making any change decided on an older state of
     * the key fail its commit: what a redelivered event does when it finds its own change applied and has no
     * sequencer to prove that it is not an older event.
     *
     * @throws SourceChangedException when the key changed since {@code state} was read
     */
    public SourceState confirm(SourceState state) {
        return writer.confirm(state);
    }

    /**
     * Finishes what the last change of the key may have left undone (rows and objects of replaced versions,
     * index rows, the company profile): a redelivered event calls it, so that a failure after a commit does not
     * leave leftovers behind an UNCHANGED answer.
     */
    public void finish(SourceState state) {
        writer.finish(state);
    }

    /**
     * Stores the filing parsed from {@code source} by parser version {@code parserVersion}, as the key's next
     * change after {@code basis}. Same bytes already stored by this parser version or a newer one: the key joins
     * that filing (UNCHANGED); by an older one: parsed content replaces it (REPARSED); new bytes under a key
     * replace what that key produced, counters included.
     *
     * @throws SourceChangedException  when the key changed since {@code basis} (nothing was made visible)
     * @throws FilingTooLargeException when a part that is not a full text cannot fit a row (nothing is written)
     */
    public SaveOutcome save(SourceObject source, Filing filing, int parserVersion, SourceState basis) {
        return writer.save(source, filing, parserVersion, basis);
    }

    /**
     * Stores a filing now, whatever the key held (no event to order by, so the source's sequencer is not used):
     * for tools and tests. Made by this build's parser version.
     */
    public SaveOutcome save(SourceObject source, Filing filing) {
        if (source.contentSha256() == null) {
            throw new IllegalArgumentException("a filing is saved with the hash of the bytes it was parsed from");
        }
        SourceObject now = source.announcedBy(EventStamp.unordered());
        return onCurrentState(source.key(), basis -> writer.save(now, filing, FilingParser.VERSION, basis));
    }

    /**
     * Records that {@code source} is not a filing, as the key's next change after {@code basis}; a filing the
     * key produced before is removed (or keeps only its other keys). Returns the key's new state.
     *
     * @throws SourceChangedException when the key changed since {@code basis}
     */
    public SourceState recordFailure(SourceObject source, String reason, Instant at, int parserVersion,
                                     SourceState basis) {
        return writer.recordFailure(source, reason, at, parserVersion, basis);
    }

    /** Records a failure now, whatever the key held. */
    public void recordFailure(SourceObject source, String reason, Instant at) {
        SourceObject now = source.announcedBy(EventStamp.unordered());
        onCurrentState(source.key(), basis -> writer.recordFailure(now, reason, at, FilingParser.VERSION, basis));
    }

    /**
     * Forgets an S3 key, as its change after {@code basis} by the delete {@code event}: its filing (unless another
     * key holds the same filing), or its failure record. The key keeps a tombstone with the delete's sequencer.
     *
     * @throws SourceChangedException when the key changed since {@code basis}
     */
    public RemoveOutcome removeSource(String key, EventStamp event, SourceState basis) {
        return writer.remove(key, event, basis);
    }

    /** Forgets an S3 key now, whatever it held. */
    public RemoveOutcome removeSource(String key) {
        return onCurrentState(key, basis -> writer.remove(key, EventStamp.unordered(), basis));
    }

    /** A filing with all its parts; item and exhibit texts only when {@code withTexts} (else see the extents). */
    public Optional<StoredFiling> findFiling(String id, boolean withTexts) {
        return findFiling(id, withTexts, Long.MAX_VALUE);
    }

    /**
     * A filing with all its parts, and its texts when {@code withTexts} and they total at most {@code maxTextChars}
     * characters; else without them ({@link StoredFiling#textsIncluded()} is false), read at the cost of a filing
     * without texts: no text is fetched from S3 or decompressed.
     */
    public Optional<StoredFiling> findFiling(String id, boolean withTexts, long maxTextChars) {
        return reader.filing(id, withTexts, maxTextChars);
    }

    /** One item, by its code as written ({@code 5}) or normalized ({@code 8.01}), with its full text. */
    public Optional<Item> findItem(String id, String code) {
        return findItem(id, code, Long.MAX_VALUE).map(StoredPart::part);
    }

    /**
     * One item with its full text, unless the text is kept in S3 and is larger than {@code maxTextBytes} (UTF-8):
     * then the text is not read, and {@link StoredPart#textObject()} says where it is.
     */
    public Optional<StoredPart<Item>> findItem(String id, String code, long maxTextBytes) {
        return reader.item(id, code, maxTextBytes);
    }

    /** One exhibit by number ({@code 99.1}), with its full text where it has one. */
    public Optional<Exhibit> findExhibit(String id, String number) {
        return findExhibit(id, number, Long.MAX_VALUE).map(StoredPart::part);
    }

    /** One exhibit, its text read unless it is kept in S3 and larger than {@code maxTextBytes}; see findItem. */
    public Optional<StoredPart<Exhibit>> findExhibit(String id, String number, long maxTextBytes) {
        return reader.exhibit(id, number, maxTextBytes);
    }

    public Optional<CompanyProfile> findCompany(String cik) {
        return profiles.find(cik);
    }

    /** A company's filings, newest first; {@link FilingQuery#form()} narrows them to one form. */
    public Page<FilingSummary> companyFilings(String cik, FilingQuery query) {
        return lists.byCompany(cik, query);
    }

    public Page<FilingSummary> filingsByForm(String form, FilingQuery query) {
        return lists.byForm(form, query);
    }

    /** Filings carrying an item, by normalized code: a 2000 filing's "Item 5" is found as 8.01. */
    public Page<FilingSummary> filingsByItem(String normalizedCode, FilingQuery query) {
        return lists.byItem(normalizedCode, query);
    }

    /** Stored filings of a form per filed day, {@code from} to {@code to} inclusive, days without any left out. */
    public List<DailyCount> dailyCountsByForm(String form, LocalDate from, LocalDate to) {
        return counts.read(DailyCounts.Dimension.FORM, form, from, to);
    }

    /** Stored filings carrying a normalized item code per filed day. */
    public List<DailyCount> dailyCountsByItem(String normalizedCode, LocalDate from, LocalDate to) {
        return counts.read(DailyCounts.Dimension.ITEM, normalizedCode, from, to);
    }

    /**
     * Stored filings per filed day of every form filed in the range, by form type: one read of the tallies, however
     * many forms a chart shows.
     */
    public Map<String, List<DailyCount>> dailyCountsOfEveryForm(LocalDate from, LocalDate to) {
        return counts.readEvery(DailyCounts.Dimension.FORM, from, to);
    }

    /** Stored filings per filed day carrying each normalized item code filed in the range, by item code. */
    public Map<String, List<DailyCount>> dailyCountsOfEveryItem(LocalDate from, LocalDate to) {
        return counts.readEvery(DailyCounts.Dimension.ITEM, from, to);
    }

    /** Keys whose latest content failed to parse, most recent failure first. */
    public Page<FailureRecord> failures(int limit, String cursor) {
        return failures(FilingQuery.firstPage(limit).withCursor(cursor));
    }

    /**
     * Keys whose latest content failed, most recent failure first, those that failed on the days {@code from} to
     * {@code to} (inclusive, UTC; either end open) of the query. {@link FilingQuery#form()} must be null.
     */
    public Page<FailureRecord> failures(FilingQuery query) {
        return failures.page(query);
    }

    /** Applies a change on the key's state as read now, reading again when another change slipped in between. */
    private <T> T onCurrentState(String key, java.util.function.Function<SourceState, T> change) {
        for (int attempt = 1; ; attempt++) {
            SourceState basis = writer.state(key).orElse(SourceRecord.state(key, null, 0));
            try {
                return change.apply(basis);
            } catch (SourceChangedException changed) {
                if (attempt == CHANGE_ATTEMPTS) {
                    throw new StoreUnavailableException("the key " + key + " kept changing", changed);
                }
            }
        }
    }

    private static final int CHANGE_ATTEMPTS = 4;
}
