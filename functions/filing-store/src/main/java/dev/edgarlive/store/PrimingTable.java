package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows this store writes for one filing, for priming a reader before a SnapStart snapshot: a stub table that
 * answers reads with them makes the read path assemble a whole filing (items, exhibits, texts, the list rows), the
 * code a first request runs, without any table. Everything is fixed (the version name, the time, the hash), so what
 * priming leaves in a snapshot is the same for every published version of the same code.
 */
public final class PrimingTable {

    /** A content version name of the store's form (16 hex digits), never drawn at random here. */
    private static final String VERSION = "0000000000000001";

    private PrimingTable() {
    }

    /**
     * Every row of {@code filing} stored under {@code id} from {@code sourceKey}: body, list rows, META and its
     * company's profile.
     */
    public static List<Map<String, AttributeValue>> rowsOf(String id, Filing filing, String sourceKey, int shards,
                                                           int parserVersion) {
        FilingRows rows = FilingRows.of(id, filing, "0".repeat(64), List.of(sourceKey), Instant.EPOCH, shards,
                new FilingRows.Version(VERSION, parserVersion, 1));
        List<Map<String, AttributeValue>> all = new ArrayList<>(rows.allRows());
        if (filing.company() != null && rows.facts().cik() != null) {
            all.add(CompanyProfiles.row(filing.company(), rows.facts()));
        }
        return all;
    }
}
