package dev.edgarlive.store;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Every key the store writes, built in one place so that writers and readers cannot drift apart.
 * The layout is described in DATA_MODEL.md.
 */
final class Keys {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String GSI1PK = "GSI1PK";
    static final String GSI1SK = "GSI1SK";
    static final String GSI2PK = "GSI2PK";
    static final String GSI2SK = "GSI2SK";
    static final String GSI3PK = "GSI3PK";
    static final String GSI3SK = "GSI3SK";
    static final String GSI1 = "GSI1";
    static final String GSI2 = "GSI2";
    static final String GSI3 = "GSI3";

    static final String META = "META";
    static final String ITEM = "ITEM#";
    static final String EXHIBIT = "EXHIBIT#";
    static final String SIGNATURE = "SIGNATURE#";
    static final String DOCUMENT = "DOCUMENT#";
    static final String ISSUE = "ISSUE#";
    /** Full texts sort after every metadata row, so "SK < TEXT#" reads a filing without its texts. */
    static final String TEXT = "TEXT#";
    /**
     * One row per content version written into the partition (its seal), after the texts and before the index
     * rows: "SK < VERSION#" reads a filing with its texts and no seal.
     */
    static final String VERSION = "VERSION#";
    /** Index rows sort after the texts, so no read of a filing ever pays for them. */
    static final String XREF = "XREF#";
    static final String XREF_COMPANY_FORM = XREF + "COMPANYFORM";
    static final String XREF_ITEM = XREF + "ITEM#";

    static final String SOURCE = "SOURCE";
    private static final String SOURCE_PREFIX = "SOURCE";
    /**
     * S3 keys up to this many UTF-8 bytes are written into key attributes as they are; longer ones by their hash.
     * A failure's sort key is {@code <instant>#<key>}: 900 bytes leave room for the instant within 1,024.
     */
    static final int MAX_KEY_IN_KEYS = 900;
    static final String PROFILE = "PROFILE";
    static final String FAILURES = "FAILURES";
    /** Sorts before every real date, so undated filings come last in a newest-first list. */
    static final String UNDATED = "0000-00-00";
    /** Above every character an id or a date uses: the inclusive upper end of a sort-key range. */
    static final String HIGH = "~";

    private Keys() {
    }

    static String filing(String id) {
        return "FILING#" + id;
    }

    // Body rows carry the content version that wrote them at the end of their sort key, so that two versions of a
    // filing can sit side by side while META switches from one to the other. Version "" is the layout written
    // before versions existed (no suffix); readers still read it.

    static String item(int ordinal, String version) {
        return versioned(ITEM + ordinal(ordinal), version);
    }

    static String itemText(int ordinal, String version) {
        return versioned(TEXT + ITEM + ordinal(ordinal), version);
    }

    static String exhibit(int ordinal, String version) {
        return versioned(EXHIBIT + ordinal(ordinal), version);
    }

    static String exhibitText(int ordinal, String version) {
        return versioned(TEXT + EXHIBIT + ordinal(ordinal), version);
    }

    static String signature(int ordinal, String version) {
        return versioned(SIGNATURE + ordinal(ordinal), version);
    }

    static String document(int ordinal, String version) {
        return versioned(DOCUMENT + ordinal(ordinal), version);
    }

    static String issue(int ordinal, String version) {
        return versioned(ISSUE + ordinal(ordinal), version);
    }

    /** The seal of one content version of a filing. */
    static String seal(String version) {
        return VERSION + version;
    }

    private static String versioned(String sortKey, String version) {
        return version.isEmpty() ? sortKey : sortKey + "#" + version;
    }

    static String itemRef(String normalizedCode) {
        return XREF_ITEM + normalizedCode;
    }

    /**
     * The partition of an S3 key's source row. A key too long to sit in key attributes (DynamoDB allows 2,048 bytes
     * for a partition key and 1,024 for a sort key, and the failure list puts the key in a sort key) is named by
     * its SHA-256 instead, after a different prefix so that no real key can take the same name; the row keeps the
     * whole key in an attribute.
     */
    static String source(String s3Key) {
        return SOURCE_PREFIX + sourceName(s3Key);
    }

    /** What follows "SOURCE" in a source row's partition key: "#" and the key, or "~" and its hash. */
    static String sourceName(String s3Key) {
        return s3Key.getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_IN_KEYS
                ? "#" + s3Key
                : "~" + Hashes.sha256Hex(s3Key.getBytes(StandardCharsets.UTF_8));
    }

    /** The source row's partition key named by {@link #sourceName}. */
    static String sourceOfName(String name) {
        return SOURCE_PREFIX + name;
    }

    static String company(String cik) {
        return "COMPANY#" + cik;
    }

    static String companyForm(String cik, String form) {
        return company(cik) + "#FORM#" + form;
    }

    static String formShard(String form, int shard) {
        return "FORM#" + form + "#" + shard;
    }

    static String itemShard(String normalizedCode, int shard) {
        return "ITEM#" + normalizedCode + "#" + shard;
    }

    /** The partition of one write shard's daily tally rows (sort key: the day). */
    static String tally(int shard) {
        return "STATS#" + shard;
    }

    /** The sort key of a filing in every by-date index: newest first is descending order of this string. */
    static String dated(String day, String id) {
        return day + "#" + id;
    }

    /** The filing id at the end of a {@link #dated} sort key. */
    static String idOfDated(String datedKey) {
        int hash = datedKey.indexOf('#');
        return hash < 0 ? datedKey : datedKey.substring(hash + 1);
    }

    /** The write shard of a filing: a stable hash of its id, so every writer and reader agrees on it. */
    static int shardOf(String id, int shards) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % shards);
    }

    /** Forms as keys: upper case, no surrounding space, so "8-k" and "8-K " find the same rows. */
    static String form(String formType) {
        return formType == null ? null : blankToNull(formType.strip().toUpperCase(Locale.ROOT));
    }

    static String itemCode(String code) {
        return code == null ? null : blankToNull(code.strip().toUpperCase(Locale.ROOT));
    }

    /** CIKs as EDGAR writes them, ten digits with leading zeros, whether given as 320193 or 0000320193. */
    static String cik(String cik) {
        if (cik == null) {
            return null;
        }
        String digits = cik.strip();
        if (!digits.isEmpty() && digits.length() <= 10 && digits.chars().allMatch(Character::isDigit)) {
            return "0".repeat(10 - digits.length()) + digits;
        }
        return blankToNull(digits);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() || s.indexOf('#') >= 0 ? null : s;
    }

    private static String ordinal(int ordinal) {
        return String.format(Locale.ROOT, "%04d", ordinal);
    }
}
