package dev.edgarlive.load;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoredFiling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the requests ask for, drawn from what was actually ingested: filing ids, (id, item code) and
 * (id, exhibit number) pairs, CIKs, and the filed-date range of the 8-Ks for the daily counts.
 */
record LoadTargets(List<String> ids, List<Part> items, List<Part> exhibits, List<String> ciks,
                   LocalDate firstEightK, LocalDate lastEightK) {

    /** A part of a filing: an item by code, or an exhibit by number. */
    record Part(String id, String name) {
    }

    LoadTargets {
        ids = List.copyOf(ids);
        items = List.copyOf(items);
        exhibits = List.copyOf(exhibits);
        ciks = List.copyOf(ciks);
    }

    /** Reads each stored filing once (outside any measurement) to learn its parts and company. */
    static LoadTargets of(FilingStore store, Collection<String> storedIds) {
        List<String> ids = new ArrayList<>(new TreeSet<>(storedIds));
        List<Part> items = new ArrayList<>();
        List<Part> exhibits = new ArrayList<>();
        TreeSet<String> ciks = new TreeSet<>();
        TreeSet<LocalDate> eightKDays = new TreeSet<>();
        for (String id : ids) {
            Optional<StoredFiling> stored = store.findFiling(id, false);
            if (stored.isEmpty()) {
                continue;
            }
            Filing filing = stored.get().filing();
            for (Item item : filing.items()) {
                // The API finds an item by its code as written or normalized; the normalized one is what dashboards use.
                items.add(new Part(id, item.normalizedCode() != null ? item.normalizedCode() : item.code()));
            }
            for (Exhibit exhibit : filing.exhibits()) {
                if (exhibit.number() != null && !exhibit.number().isBlank()) {
                    exhibits.add(new Part(id, exhibit.number()));
                }
            }
            if (filing.company() != null && filing.company().cik() != null) {
                ciks.add(filing.company().cik());
            }
            if ("8-K".equals(filing.formType()) && filing.filedDate() != null) {
                eightKDays.add(filing.filedDate());
            }
        }
        LocalDate last = eightKDays.isEmpty() ? LocalDate.now() : eightKDays.last();
        LocalDate first = eightKDays.isEmpty() ? last.minusYears(1) : eightKDays.first();
        // The API answers at most 3,660 days of daily counts.
        if (first.plusDays(3660).isBefore(last)) {
            first = last.minusDays(3660);
        }
        return new LoadTargets(ids, items, exhibits, new ArrayList<>(ciks), first, last);
    }

    String describe() {
        return ids.size() + " filings, " + items.size() + " items, " + exhibits.size() + " exhibits, " + ciks.size()
                + " companies; 8-Ks filed " + firstEightK + " to " + lastEightK;
    }
}
