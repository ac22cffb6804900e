package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.FormerName;

import java.util.List;
import java.util.Map;

/**
 * One party block of a submission header (FILER, SUBJECT COMPANY, ISSUER, REPORTING-OWNER, FILED BY):
 * its sections by canonical name ({@code COMPANY DATA}, {@code FILING VALUES}, {@code BUSINESS ADDRESS},
 * {@code MAIL ADDRESS}), each a map of canonical keys to values.
 */
public record HeaderParty(String role, Map<String, Map<String, String>> sections, List<FormerName> formerNames) {

    public HeaderParty {
        sections = Map.copyOf(sections);
        formerNames = List.copyOf(formerNames);
    }

    public String value(String section, String key) {
        Map<String, String> values = sections.get(section);
        return values == null ? null : values.get(key);
    }
}
