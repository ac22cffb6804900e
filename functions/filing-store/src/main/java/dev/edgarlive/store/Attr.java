package dev.edgarlive.store;

/**
 * Attribute names of every row the store writes (keys are in {@link Keys}). Short, because DynamoDB bills names
 * with every item; stable, because rows outlive code.
 */
final class Attr {

    // filing META row and summaries (index rows carry the summary attributes too)
    static final String ID = "id";
    static final String ACCESSION = "acc";
    static final String FORM = "form";
    static final String AMENDMENT = "amend";
    static final String FILED = "filed";
    static final String PERIOD = "period";
    static final String ACCEPTED = "accepted";
    static final String CIK = "cik";
    static final String NAME = "name";
    static final String ITEM_CODES = "items";
    static final String COMPANY = "company";
    /** A combined filing's registrants, each a map of name, CIK, state, file and IRS numbers; absent when none. */
    static final String REGISTRANTS = "registrants";
    static final String SOURCES = "sources";
    static final String SHA256 = "sha";
    static final String STORED_AT = "storedAt";
    /** The facts the counters were computed from, so a delete or replace can undo them exactly. */
    static final String FORM_KEY = "formKey";
    static final String DAY = "day";
    static final String SHARD = "shard";
    static final String ITEM_COUNT = "nItems";
    static final String EXHIBIT_COUNT = "nExhibits";
    static final String SIGNATURE_COUNT = "nSigs";
    static final String DOCUMENT_COUNT = "nDocs";
    static final String ISSUE_COUNT = "nIssues";
    /** The content version META names: only body rows of this version belong to the filing (a suffix of their SK). */
    static final String CONTENT_VERSION = "cv";
    /** META's own revision, one higher with every write of it (content, or a source key joining or leaving). */
    static final String META_REVISION = "mrev";
    /** The parser version that made the content (META) or the failure (source row). */
    static final String PARSER_VERSION = "pv";

    // company map and profile
    static final String SIC = "sic";
    static final String IRS = "irs";
    static final String INCORPORATED = "inc";
    static final String FISCAL_YEAR_END = "fye";
    static final String FILE_NUMBER = "fileNo";
    static final String PHONE = "phone";
    static final String BUSINESS_ADDRESS = "biz";
    static final String MAIL_ADDRESS = "mail";
    static final String FORMER_NAMES = "former";
    static final String CHANGED_ON = "on";
    static final String STREET1 = "s1";
    static final String STREET2 = "s2";
    static final String CITY = "city";
    static final String STATE = "state";
    static final String ZIP = "zip";
    static final String AS_OF = "asOf";
    static final String FROM_FILING = "fromFiling";

    // parts
    static final String ORDINAL = "ord";
    static final String CODE = "code";
    static final String NORMALIZED = "norm";
    /** An item's {@code textSharedWith}: the other items whose text is the same passage; absent when none. */
    static final String SHARED_WITH = "sharedWith";
    static final String TITLE = "title";
    static final String NUMBER = "num";
    static final String DESCRIPTION = "desc";
    static final String DOCUMENT_TYPE = "dtype";
    static final String SEQUENCE = "seq";
    static final String FILE_NAME = "file";
    static final String FORMAT = "fmt";
    static final String SIZE = "size";
    static final String DATE = "date";
    static final String SEVERITY = "sev";
    static final String OFFSET = "off";
    static final String MESSAGE = "msg";
    static final String HAS_TEXT = "hasText";
    static final String LENGTH = "len";
    static final String EXCERPT = "exc";

    // text rows
    static final String ENCODING = "enc";
    static final String TEXT = "txt";
    static final String GZIP = "gz";
    static final String OBJECT = "obj";
    static final String BYTES = "bytes";

    // source rows
    static final String STATUS = "status";
    static final String FILING_ID = "filingId";
    static final String BUCKET = "bucket";
    static final String KEY = "key";
    static final String ETAG = "etag";
    static final String VERSION = "ver";
    static final String REASON = "reason";
    static final String AT = "at";
    static final String SEQUENCER = "seq";
    static final String REVISION = "rev";
    static final String LEFT = "left";
    /** Delivery attempts of one event, one attribute per event ({@code try#<hash of the event>}). */
    static final String TRY_PREFIX = "try#";
    /** Epoch seconds after which the table's TTL deletes the row (tombstones only). */
    static final String EXPIRES_AT = "expiresAt";

    // content version seals
    /** A seal that can no longer be committed: its rows and objects are being removed. */
    static final String DEAD = "dead";
    /** The version wrote S3 objects under its prefix. */
    static final String HAS_OBJECTS = "objs";

    // counters
    static final String COUNT = "n";

    private Attr() {
    }
}
