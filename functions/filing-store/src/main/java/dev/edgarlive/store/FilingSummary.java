package dev.edgarlive.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a filing list: what the index rows carry, so a page of them costs one read per row.
 *
 * @param itemCodes the filing's normalized item codes, in filing order, without repeats
 */
public record FilingSummary(
        String id,
        String accessionNumber,
        String formType,
        LocalDate filedDate,
        LocalDate periodOfReport,
        String cik,
        String companyName,
        List<String> itemCodes) {

    public FilingSummary {
        itemCodes = List.copyOf(itemCodes);
    }
}
