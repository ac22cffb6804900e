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
    /** Index rows sort after the texts, so no read of a filing ever pays for them. */
    static final String XREF = "XREF#";
    static final String XREF_COMPANY_FORM = XREF + "COMPANYFORM";
    static final String XREF_ITEM = XREF + "ITEM#";

    static final String SOURCE = "SOURCE";
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

    static String item(int ordinal) {
        return ITEM + ordinal(ordinal);
    }

    static String itemText(int ordinal) {
        return TEXT + item(ordinal);
    }

    static String exhibit(int ordinal) {
        return EXHIBIT + ordinal(ordinal);
    }

    static String exhibitText(int ordinal) {
        return TEXT + exhibit(ordinal);
    }

    static String signature(int ordinal) {
        return SIGNATURE + ordinal(ordinal);
    }

    static String document(int ordinal) {
        return DOCUMENT + ordinal(ordinal);
    }

    static String issue(int ordinal) {
        return ISSUE + ordinal(ordinal);
    }

    static String itemRef(String normalizedCode) {
        return XREF_ITEM + normalizedCode;
    }

    static String source(String s3Key) {
        return "SOURCE#" + s3Key;
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
