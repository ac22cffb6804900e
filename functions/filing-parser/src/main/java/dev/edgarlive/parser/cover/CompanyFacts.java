package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Registrant;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.parser.envelope.HeaderParty;
import dev.edgarlive.parser.envelope.SubmissionHeader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the {@link Company} from its three possible sources, in order of trust: the submission header, the
 * inline XBRL {@code dei:} facts (tagged by the filer), the cover page as read from its layout. A later source only fills what an earlier one left empty.
 */
public final class CompanyFacts {

    private CompanyFacts() {
    }

    public static Company merge(HeaderParty party, CoverPage cover, Map<String, String> dei) {
        Company fromHeader = party == null ? null : fromHeader(party);
        Company fromCover = fromCover(cover);
        Company fromDei = fromDei(dei);
        return fill(fill(fromHeader, fromDei), fromCover);
    }

    private static Company fromHeader(HeaderParty party) {
        String data = SubmissionHeader.COMPANY_DATA;
        return new Company(
                blankToNull(party.value(data, "COMPANY CONFORMED NAME")),
                blankToNull(party.value(data, "CENTRAL INDEX KEY")),
                sicCode(party.value(data, "STANDARD INDUSTRIAL CLASSIFICATION")),
                irsNumber(party.value(data, "IRS NUMBER")),
                StateNames.codeOf(party.value(data, "STATE OF INCORPORATION")) != null
                        ? StateNames.codeOf(party.value(data, "STATE OF INCORPORATION"))
                        : blankToNull(party.value(data, "STATE OF INCORPORATION")),
                blankToNull(party.value(data, "FISCAL YEAR END")),
                blankToNull(party.value(SubmissionHeader.FILING_VALUES, "SEC FILE NUMBER")),
                headerAddress(party, SubmissionHeader.BUSINESS_ADDRESS),
                headerAddress(party, SubmissionHeader.MAIL_ADDRESS),
                blankToNull(firstNonNull(party.value(SubmissionHeader.BUSINESS_ADDRESS, "BUSINESS PHONE"),
                        party.value(SubmissionHeader.MAIL_ADDRESS, "BUSINESS PHONE"))),
                party.formerNames());
    }

    /** A combined filing's FILER block as one of its registrants: EDGAR's conformed name, CIK, state, file and IRS numbers. */
    public static Registrant registrantOf(HeaderParty party) {
        String data = SubmissionHeader.COMPANY_DATA;
        String state = blankToNull(party.value(data, "STATE OF INCORPORATION"));
        return new Registrant(
                blankToNull(party.value(data, "COMPANY CONFORMED NAME")),
                blankToNull(party.value(data, "CENTRAL INDEX KEY")),
                StateNames.codeOf(state) != null ? StateNames.codeOf(state) : state,
                blankToNull(party.value(SubmissionHeader.FILING_VALUES, "SEC FILE NUMBER")),
                irsNumber(party.value(data, "IRS NUMBER")));
    }

    private static Address headerAddress(HeaderParty party, String section) {
        String street1 = blankToNull(party.value(section, "STREET 1"));
        String street2 = blankToNull(party.value(section, "STREET 2"));
        String city = blankToNull(party.value(section, "CITY"));
        String state = blankToNull(party.value(section, "STATE"));
        String zip = blankToNull(party.value(section, "ZIP"));
        if (street1 == null && street2 == null && city == null && state == null && zip == null) {
            return null;
        }
        return new Address(street1, street2, city, state, zip);
    }

    private static Company fromCover(CoverPage cover) {
        if (cover == null) {
            return null;
        }
        return new Company(cover.companyName(), null, null, cover.irsNumber(), cover.stateOfIncorporation(), null,
                cover.fileNumber(), cover.address(), null, cover.phone(), List.of());
    }

    private static Company fromDei(Map<String, String> dei) {
        if (dei.isEmpty()) {
            return null;
        }
        String phone = dei.get("LocalPhoneNumber") == null ? null
                : (dei.get("CityAreaCode") == null ? "" : dei.get("CityAreaCode") + " ") + dei.get("LocalPhoneNumber");
        String state = dei.get("EntityIncorporationStateCountryCode");
        Address address = null;
        if (dei.get("EntityAddressAddressLine1") != null || dei.get("EntityAddressCityOrTown") != null) {
            String addressState = dei.get("EntityAddressStateOrProvince");
            address = new Address(dei.get("EntityAddressAddressLine1"), dei.get("EntityAddressAddressLine2"),
                    dei.get("EntityAddressCityOrTown"),
                    StateNames.codeOf(addressState) != null ? StateNames.codeOf(addressState) : addressState,
                    dei.get("EntityAddressPostalZipCode"));
        }
        return new Company(dei.get("EntityRegistrantName"), dei.get("EntityCentralIndexKey"), null,
                irsNumber(dei.get("EntityTaxIdentificationNumber")),
                StateNames.codeOf(state) != null ? StateNames.codeOf(state) : state, null,
                dei.get("EntityFileNumber"), address, null, phone, List.of());
    }

    private static Company fill(Company primary, Company fallback) {
        if (primary == null) {
            return fallback;
        }
        if (fallback == null) {
            return primary;
        }
        List<FormerName> formerNames = primary.formerNames().isEmpty() ? fallback.formerNames() : primary.formerNames();
        return new Company(
                firstNonNull(primary.name(), fallback.name()),
                firstNonNull(primary.cik(), fallback.cik()),
                firstNonNull(primary.sic(), fallback.sic()),
                firstNonNull(primary.irsNumber(), fallback.irsNumber()),
                firstNonNull(primary.stateOfIncorporation(), fallback.stateOfIncorporation()),
                firstNonNull(primary.fiscalYearEnd(), fallback.fiscalYearEnd()),
                firstNonNull(primary.fileNumber(), fallback.fileNumber()),
                firstNonNull(primary.businessAddress(), fallback.businessAddress()),
                firstNonNull(primary.mailAddress(), fallback.mailAddress()),
                firstNonNull(primary.phone(), fallback.phone()),
                formerNames);
    }

    /** "COMPUTER PERIPHERAL EQUIPMENT, NEC [3577]" or "4953" to the four-digit code. */
    static String sicCode(String value) {
        if (value == null) {
            return null;
        }
        int open = value.lastIndexOf('[');
        int close = value.lastIndexOf(']');
        String code = open >= 0 && close > open ? value.substring(open + 1, close) : value;
        code = code.strip();
        return code.isEmpty() || !code.chars().allMatch(Character::isDigit) ? null : code;
    }

    /** Employer identification numbers as {@code 82-0126240}; the header's {@code 000000000} means none. */
    static String irsNumber(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(9);
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits.append(value.charAt(i));
            }
        }
        if (digits.length() != 9) {
            return blankToNull(value.strip());
        }
        if (digits.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }

    /** Address pieces written side by side in columns; compiled once, not by {@code String.split} on every line. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");

    /** Cover-page address lines ("6500 Mineral Drive", "Coeur d'Alene, Idaho   83815-8788") to an address. */
    static Address address(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            for (String piece : COLUMN_GAP.split(line)) {
                if (!piece.isBlank()) {
                    parts.add(piece.strip());
                }
            }
        }
        String joined = String.join(", ", parts);
        String zip = CoverPageReader.zipOf(joined);
        String withoutZip = zip == null ? joined : joined.substring(0, joined.lastIndexOf(zip)).strip();
        List<String> segments = new ArrayList<>();
        for (String segment : withoutZip.split(",")) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        if (segments.isEmpty()) {
            return new Address(null, null, null, null, zip);
        }
        String state = null;
        String last = segments.get(segments.size() - 1);
        String code = StateNames.codeOf(last);
        if (code != null) {
            state = code;
            segments.remove(segments.size() - 1);
        } else {
            String[] words = last.split(" ");
            String tail = words[words.length - 1];
            if (words.length > 1 && StateNames.codeOf(tail) != null) {
                state = StateNames.codeOf(tail);
                segments.set(segments.size() - 1, last.substring(0, last.length() - tail.length()).strip());
            }
        }
        String city = segments.size() > 1 ? segments.remove(segments.size() - 1) : null;
        String street1 = segments.isEmpty() ? null : segments.get(0);
        String street2 = segments.size() > 1 ? String.join(", ", segments.subList(1, segments.size())) : null;
        return new Address(street1, street2, city, state, zip);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        return Arrays.stream(values).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
