package dev.edgarlive.query;

import dev.edgarlive.store.FilingQuery;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every item code and form type {@code GET /catalog} names is one the lists accept: the catalog is what a dashboard
 * builds its filters from. Checked on the service with a store that holds nothing, so that each of the few hundred
 * codes and forms costs no table query (QueryFunctionIT checks the same through HTTP for a few of them).
 */
class CatalogAcceptanceTest {

    private final FilingStore store = mock(FilingStore.class);
    private final FilingService service = new FilingService(new ApiBackend(store, null), null);

    @Test
    void everyItemCodeAndFormTypeOfTheCatalogIsAcceptedByTheLists() {
        when(store.filingsByItem(anyString(), any())).thenReturn(new Page<>(List.of(), Optional.empty()));
        when(store.filingsByForm(anyString(), any())).thenReturn(new Page<>(List.of(), Optional.empty()));
        CatalogView catalog = CatalogView.of();
        List<String> codes = catalog.forms().stream().flatMap(form -> form.items().stream())
                .map(CatalogView.ItemEntry::code).toList();

        assertThat(codes).contains("5.02", "1A", "II-1A");
        for (String code : codes) {
            assertThat(service.filings(null, code, FilingQuery.firstPage(1)).items()).as(code).isEmpty();
        }
        for (String form : catalog.formTypes()) {
            assertThat(service.filings(form, null, FilingQuery.firstPage(1)).items()).as(form).isEmpty();
        }
    }
}
