package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.FormerName;
import dev.edgarlive.parser.text.DateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a submission header in either dialect into one {@link SubmissionHeader}. The {@code .nc} tag names are
 * translated to the "KEY: value" names, so everything downstream knows one vocabulary.
 */
public final class SubmissionHeaderReader {

    /** Party blocks: both dialects' spellings to one role name. */
    private static final Map<String, String> PARTY_ROLES = Map.ofEntries(
            Map.entry("FILER", "FILER"),
            Map.entry("SUBJECT COMPANY", "SUBJECT COMPANY"),
            Map.entry("SUBJECT-COMPANY", "SUBJECT COMPANY"),
            Map.entry("ISSUER", "ISSUER"),
            Map.entry("REPORTING-OWNER", "REPORTING-OWNER"),
            Map.entry("REPORTING OWNER", "REPORTING-OWNER"),
            Map.entry("FILED BY", "FILED BY"),
            Map.entry("FILED-BY", "FILED BY"),
            Map.entry("SERIAL COMPANY", "SERIAL COMPANY"),
            Map.entry("DEPOSITOR", "DEPOSITOR"),
            Map.entry("SECURITIZER", "SECURITIZER"));

    /** Sections inside a party block. */
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("COMPANY DATA", SubmissionHeader.COMPANY_DATA),
            Map.entry("COMPANY-DATA", SubmissionHeader.COMPANY_DATA),
            Map.entry("OWNER DATA", SubmissionHeader.COMPANY_DATA),
            Map.entry("OWNER-DATA", SubmissionHeader.COMPANY_DATA),
            Map.entry("FILING VALUES", SubmissionHeader.FILING_VALUES),
            Map.entry("FILING-VALUES", SubmissionHeader.FILING_VALUES),
            Map.entry("BUSINESS ADDRESS", SubmissionHeader.BUSINESS_ADDRESS),
            Map.entry("BUSINESS-ADDRESS", SubmissionHeader.BUSINESS_ADDRESS),
            Map.entry("MAIL ADDRESS", SubmissionHeader.MAIL_ADDRESS),
            Map.entry("MAIL-ADDRESS", SubmissionHeader.MAIL_ADDRESS),
            Map.entry("FORMER COMPANY", SubmissionHeader.FORMER_COMPANY),
            Map.entry("FORMER-COMPANY", SubmissionHeader.FORMER_COMPANY),
            Map.entry("FORMER NAME", SubmissionHeader.FORMER_COMPANY),
            Map.entry("FORMER-NAME", SubmissionHeader.FORMER_COMPANY));

    /** {@code .nc} tag names to "KEY: value" names; tags not listed keep their own name. */
    private static final Map<String, String> TAG_KEYS = Map.ofEntries(
            Map.entry("ACCESSION-NUMBER", SubmissionHeader.ACCESSION_NUMBER),
            Map.entry("TYPE", SubmissionHeader.SUBMISSION_TYPE),
            Map.entry("PERIOD", SubmissionHeader.PERIOD_OF_REPORT),
            Map.entry("FILING-DATE", SubmissionHeader.FILED_AS_OF_DATE),
            Map.entry("ITEMS", SubmissionHeader.ITEM_INFORMATION),
            Map.entry("PUBLIC-DOCUMENT-COUNT", "PUBLIC DOCUMENT COUNT"),
            Map.entry("CONFORMED-NAME", "COMPANY CONFORMED NAME"),
            Map.entry("CIK", "CENTRAL INDEX KEY"),
            Map.entry("ASSIGNED-SIC", "STANDARD INDUSTRIAL CLASSIFICATION"),
            Map.entry("IRS-NUMBER", "IRS NUMBER"),
            Map.entry("STATE-OF-INCORPORATION", "STATE OF INCORPORATION"),
            Map.entry("FISCAL-YEAR-END", "FISCAL YEAR END"),
            Map.entry("FORM-TYPE", "FORM TYPE"),
            Map.entry("FILE-NUMBER", "SEC FILE NUMBER"),
            Map.entry("STREET1", "STREET 1"),
            Map.entry("STREET2", "STREET 2"),
            Map.entry("PHONE", "BUSINESS PHONE"),
            Map.entry("FORMER-CONFORMED-NAME", "FORMER CONFORMED NAME"),
            Map.entry("DATE-CHANGED", "DATE OF NAME CHANGE"));

    public SubmissionHeader read(String text, Envelope envelope) {
        return switch (envelope.headerKind()) {
            case KEY_VALUE -> readKeyValue(text, envelope.headerStart(), envelope.headerEnd());
            case TAGGED -> readTagged(text, envelope.headerStart(), envelope.headerEnd());
            case NONE -> SubmissionHeader.EMPTY;
        };
    }

    /** Collects values while the reader walks the header; knows nothing of either dialect's syntax. */
    private static final class Collector {
        final Map<String, String> values = new HashMap<>();
        final List<String> items = new ArrayList<>();
        final List<HeaderParty> parties = new ArrayList<>();
        String role;
        Map<String, Map<String, String>> sections;
        List<FormerName> formerNames;
        String section;
        String formerName;

        void startParty(String newRole) {
            endParty();
            role = newRole;
            sections = new LinkedHashMap<>();
            formerNames = new ArrayList<>();
            section = null;
        }

        void startSection(String newSection) {
            flushFormerName();
            section = newSection;
        }

        void put(String key, String value) {
            if (key.equals(SubmissionHeader.ITEM_INFORMATION)) {
                items.add(value);
                return;
            }
            if (role == null) {
                values.putIfAbsent(key, value);
                return;
            }
            if (SubmissionHeader.FORMER_COMPANY.equals(section)) {
                if (key.equals("FORMER CONFORMED NAME")) {
                    flushFormerName();
                    formerName = value;
                } else if (key.equals("DATE OF NAME CHANGE") && formerName != null) {
                    formerNames.add(new FormerName(formerName, DateText.compact(value)));
                    formerName = null;
                }
                return;
            }
            String target = section == null ? SubmissionHeader.COMPANY_DATA : section;
            sections.computeIfAbsent(target, s -> new HashMap<>()).putIfAbsent(key, value);
        }

        void flushFormerName() {
            if (formerName != null) {
                formerNames.add(new FormerName(formerName, (LocalDate) null));
                formerName = null;
            }
        }

        void endParty() {
            if (role != null) {
                flushFormerName();
                Map<String, Map<String, String>> frozen = new HashMap<>();
                sections.forEach((name, map) -> frozen.put(name, Map.copyOf(map)));
                parties.add(new HeaderParty(role, frozen, formerNames));
            }
            role = null;
        }

        SubmissionHeader build() {
            endParty();
            return new SubmissionHeader(values, items, parties);
        }
    }

    private static SubmissionHeader readKeyValue(String text, int start, int end) {
        Collector collector = new Collector();
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            readKeyValueLine(text.substring(lineStart, lineEnd), collector);
            lineStart = lineEnd + 1;
        }
        return collector.build();
    }

    private static void readKeyValueLine(String rawLine, Collector collector) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("<")) {
            readTagLine(line, collector);
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return;
        }
        String key = line.substring(0, colon).strip().toUpperCase();
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty() && PARTY_ROLES.containsKey(key)) {
            collector.startParty(PARTY_ROLES.get(key));
        } else if (value.isEmpty() && SECTIONS.containsKey(key) && collector.role != null) {
            collector.startSection(SECTIONS.get(key));
        } else if (!value.isEmpty() || key.equals(SubmissionHeader.ITEM_INFORMATION)) {
            collector.put(key, value);
        }
    }

    /** Tag lines inside a "KEY: value" header: {@code <ACCEPTANCE-DATETIME>2024...}, {@code <REPORTING-OWNER>}. */
    private static void readTagLine(String line, Collector collector) {
        int close = line.indexOf('>');
        if (close < 0) {
            return;
        }
        String tag = line.substring(1, close).toUpperCase();
        String value = line.substring(close + 1).strip();
        if (tag.startsWith("/")) {
            if (PARTY_ROLES.containsKey(tag.substring(1))) {
                collector.endParty();
            }
            return;
        }
        if (value.isEmpty() && PARTY_ROLES.containsKey(tag)) {
            collector.startParty(PARTY_ROLES.get(tag));
        } else if (!value.isEmpty() && collector.role == null) {
            collector.put(TAG_KEYS.getOrDefault(tag, tag), value);
        }
    }

    private static SubmissionHeader readTagged(String text, int start, int end) {
        Collector collector = new Collector();
        int position = text.indexOf('<', start);
        while (position >= 0 && position < end) {
            int close = text.indexOf('>', position);
            if (close < 0 || close >= end) {
                break;
            }
            String tag = text.substring(position + 1, close).strip().toUpperCase();
            int next = text.indexOf('<', close + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            String value = text.substring(close + 1, next).strip();
            if (tag.startsWith("/")) {
                String name = tag.substring(1);
                if (PARTY_ROLES.containsKey(name)) {
                    collector.endParty();
                } else if (SECTIONS.containsKey(name)) {
                    collector.startSection(null);
                }
            } else if (PARTY_ROLES.containsKey(tag) && value.isEmpty()) {
                collector.startParty(PARTY_ROLES.get(tag));
            } else if (SECTIONS.containsKey(tag) && value.isEmpty()) {
                collector.startSection(SECTIONS.get(tag));
            } else if (!value.isEmpty()) {
                collector.put(TAG_KEYS.getOrDefault(tag, tag), value);
            }
            position = next;
        }
        return collector.build();
    }
}
