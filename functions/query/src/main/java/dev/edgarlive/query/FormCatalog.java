package dev.edgarlive.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The form types and item codes the API knows, so that a typo ({@code 8K}, {@code 2.2}) is a 400 that says so
 * rather than an empty list that looks like no events happened.
 */
final class FormCatalog {

    /** 8-K item numbers since 2004-08-23; older filings are stored under these through their mapping. */
    private static final Set<String> CURRENT_REPORT_ITEMS = Set.of(
            "1.01", "1.02", "1.03", "1.04", "1.05",
            "2.01", "2.02", "2.03", "2.04", "2.05", "2.06",
            "3.01", "3.02", "3.03",
            "4.01", "4.02",
            "5.01", "5.02", "5.03", "5.04", "5.05", "5.06", "5.07", "5.08",
            "6.01", "6.02", "6.03", "6.04", "6.05", "6.06", "6.10",
            "7.01", "8.01", "9.01");

    /** 10-K items; 10-Q items are these prefixed by their part ({@code I-2}, {@code II-1A}). */
    private static final Set<String> ANNUAL_REPORT_ITEMS = Set.of(
            "1", "1A", "1B", "1C", "2", "3", "4", "5", "6", "7", "7A", "8", "9", "9A", "9B", "9C",
            "10", "11", "12", "13", "14", "15", "16");

    private static final Set<String> QUARTERLY_REPORT_ITEMS = Set.of(
            "I-1", "I-2", "I-3", "I-4", "II-1", "II-1A", "II-2", "II-3", "II-4", "II-5", "II-6");

    private final Set<String> formTypes;

    private FormCatalog(Set<String> formTypes) {
        this.formTypes = Set.copyOf(formTypes);
    }

    static FormCatalog load() {
        try (InputStream in = FormCatalog.class.getResourceAsStream("/edgar/form-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("edgar/form-types.txt is missing from the query function");
            }
            Set<String> forms = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String form = line.strip();
                if (!form.isEmpty() && !form.startsWith("#")) {
                    forms.add(form);
                }
            }
            return new FormCatalog(forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form as EDGAR writes it (upper case), or empty when it is no form we know. */
    java.util.Optional<String> formType(String requested) {
        String form = requested.strip().toUpperCase(Locale.ROOT);
        String base = form.endsWith("/A") ? form.substring(0, form.length() - 2) : form;
        return formTypes.contains(base) ? java.util.Optional.of(form) : java.util.Optional.empty();
    }

    boolean isItemCode(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return CURRENT_REPORT_ITEMS.contains(code) || ANNUAL_REPORT_ITEMS.contains(upper)
                || QUARTERLY_REPORT_ITEMS.contains(upper);
    }
}
