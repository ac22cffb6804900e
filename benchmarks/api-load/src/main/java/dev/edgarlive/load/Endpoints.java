package dev.edgarlive.load;

import dev.edgarlive.store.FilingQuery;
import dev.edgarlive.store.FilingStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The endpoints a load run drives, each paired with the FilingStore call its resource makes (see the query
 * function's FilingService): the same method, the same arguments. Targets are drawn in a shuffled order from a
 * fixed seed, so two runs over the same data send the same requests.
 */
final class Endpoints {

    static final String FORM = "8-K";
    static final String ITEM = "8.01";

    private Endpoints() {
    }

    static List<Endpoint> all(LoadTargets targets, FilingStore store, int requests, long seed) {
        Random random = new Random(seed);
        FilingQuery firstPage = FilingQuery.firstPage(FilingQuery.DEFAULT_LIMIT);
        String from = targets.firstEightK().toString();
        String to = targets.lastEightK().toString();
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(endpoint("GET /filings/{id}", drawn(targets.ids(), requests, random), id -> new Endpoint.Probe(
                "/filings/" + segment(id), () -> store.findFiling(id, false).isPresent())));
        endpoints.add(endpoint("GET /filings/{id}?include=text", drawn(targets.ids(), requests, random),
                id -> new Endpoint.Probe("/filings/" + segment(id) + "?include=text",
                        () -> store.findFiling(id, true).isPresent())));
        endpoints.add(endpoint("GET /filings/{id}/items/{code}", drawn(targets.items(), requests, random),
                part -> new Endpoint.Probe("/filings/" + segment(part.id()) + "/items/" + segment(part.name()),
                        () -> store.findItem(part.id(), part.name()).isPresent())));
        endpoints.add(endpoint("GET /filings/{id}/exhibits/{number}", drawn(targets.exhibits(), requests, random),
                part -> new Endpoint.Probe("/filings/" + segment(part.id()) + "/exhibits/" + segment(part.name()),
                        () -> store.findExhibit(part.id(), part.name()).isPresent())));
        endpoints.add(endpoint("GET /companies/{cik}", drawn(targets.ciks(), requests, random),
                cik -> new Endpoint.Probe("/companies/" + cik, () -> store.findCompany(cik).isPresent())));
        endpoints.add(endpoint("GET /companies/{cik}/filings", drawn(targets.ciks(), requests, random),
                cik -> new Endpoint.Probe("/companies/" + cik + "/filings",
                        () -> store.companyFilings(cik, firstPage) != null)));
        endpoints.add(endpoint("GET /filings?form=" + FORM, Collections.nCopies(requests, FORM),
                form -> new Endpoint.Probe("/filings?form=" + form,
                        () -> store.filingsByForm(form, firstPage) != null)));
        endpoints.add(endpoint("GET /filings?item=" + ITEM, Collections.nCopies(requests, ITEM),
                item -> new Endpoint.Probe("/filings?item=" + item,
                        () -> store.filingsByItem(item, firstPage) != null)));
        endpoints.add(endpoint("GET /stats/daily?form=" + FORM + "&from=&to=", Collections.nCopies(requests, FORM),
                form -> new Endpoint.Probe("/stats/daily?form=" + form + "&from=" + from + "&to=" + to,
                        () -> store.dailyCountsByForm(form, targets.firstEightK(), targets.lastEightK()) != null)));
        return endpoints;
    }

    private static <T> Endpoint endpoint(String name, List<T> targets, Function<T, Endpoint.Probe> probe) {
        return new Endpoint(name, targets.stream().map(probe).toList());
    }

    /** {@code count} targets: the candidates shuffled, repeated as often as needed. */
    static <T> List<T> drawn(List<T> candidates, int count, Random random) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<T> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        List<T> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(shuffled.get(i % shuffled.size()));
        }
        return drawn;
    }

    /** A path segment: URL-encoded, with a space as %20 (URLEncoder writes form encoding). */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
