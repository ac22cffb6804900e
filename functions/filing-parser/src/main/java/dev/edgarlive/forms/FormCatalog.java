package dev.edgarlive.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the project knows about EDGAR forms, in one place: the form types, each itemised form's items with their
 * titles and short labels, and the pre-2004 8-K item numbers with the numbers they became. The parser reads its
 * schemas from here, the query API validates {@code ?form=} and {@code ?item=} against it and serves it as
 * {@code GET /catalog}, and the accuracy harness maps ground truth with it. Adding an item (as 8-K Item 1.05 was in
 * 2023) is one line below.
 */
public final class FormCatalog {

    /** The day the SEC's current 8-K items (1.01 ... 9.01) replaced items 1 to 12. */
    public static final LocalDate CURRENT_REPORT_ITEMS_SINCE = LocalDate.of(2004, 8, 23);

    /**
     * Form 8-K: today's items and the legacy items 1-12, each legacy item carrying the number it became. Both live
     * in one form: a filing's item numbers say which generation it uses.
     */
    public static final CatalogForm CURRENT_REPORT = new CatalogForm("8-K",
            List.of("8-K", "8-K/A", "8-K12B", "8-K12B/A", "8-K12G3", "8-K12G3/A", "8-K15D5", "8-K15D5/A"),
            withLegacy(
                    items(null,
                            "1.01", "Entry into a Material Definitive Agreement", "Material agreement",
                            "1.02", "Termination of a Material Definitive Agreement", "Agreement terminated",
                            "1.03", "Bankruptcy or Receivership", "Bankruptcy",
                            "1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations", "Mine safety",
                            "1.05", "Material Cybersecurity Incidents", "Cybersecurity incident",
                            "2.01", "Completion of Acquisition or Disposition of Assets", "Acquisition or disposition",
                            "2.02", "Results of Operations and Financial Condition", "Results of operations",
                            "2.03", "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant", "New financial obligation",
                            "2.04", "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement", "Obligation accelerated",
                            "2.05", "Costs Associated with Exit or Disposal Activities", "Exit costs",
                            "2.06", "Material Impairments", "Impairments",
                            "3.01", "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing", "Delisting notice",
                            "3.02", "Unregistered Sales of Equity Securities", "Unregistered equity sales",
                            "3.03", "Material Modification to Rights of Security Holders", "Holders' rights modified",
                            "4.01", "Changes in Registrant's Certifying Accountant", "Auditor change",
                            "4.02", "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review", "Non-reliance on financials",
                            "5.01", "Changes in Control of Registrant", "Change in control",
                            "5.02", "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers", "Officer changes",
                            "5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year", "Bylaws or fiscal year",
                            "5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans", "Benefit plan blackout",
                            "5.05", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics", "Code of ethics",
                            "5.06", "Change in Shell Company Status", "Shell status",
                            "5.07", "Submission of Matters to a Vote of Security Holders", "Shareholder vote",
                            "5.08", "Shareholder Director Nominations", "Director nominations",
                            "6.01", "ABS Informational and Computational Material", "ABS material",
                            "6.02", "Change of Servicer or Trustee", "Servicer or trustee change",
                            "6.03", "Change in Credit Enhancement or Other External Support", "Credit enhancement change",
                            "6.04", "Failure to Make a Required Distribution", "Missed distribution",
                            "6.05", "Securities Act Updating Disclosure", "Securities Act update",
                            "6.06", "Static Pool", "Static pool",
                            "6.10", "Alternative Filings of Asset-Backed Issuers", "Alternative ABS filing",
                            "7.01", "Regulation FD Disclosure", "Reg FD disclosure",
                            "8.01", "Other Events", "Other events",
                            "9.01", "Financial Statements and Exhibits", "Financial statements and exhibits"),
                    "1", "5.01", "Changes in Control of Registrant",
                    "2", "2.01", "Acquisition or Disposition of Assets",
                    "3", "1.03", "Bankruptcy or Receivership",
                    "4", "4.01", "Changes in Registrant's Certifying Accountant",
                    "5", "8.01", "Other Events",
                    "6", "5.02", "Resignations of Registrant's Directors",
                    "7", "9.01", "Financial Statements and Exhibits",
                    "8", "5.03", "Change in Fiscal Year",
                    "9", "7.01", "Regulation FD Disclosure",
                    "10", "5.05", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
                    "11", "5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
                    "12", "2.02", "Results of Operations and Financial Condition"),
            false, false);

    /** Form 10-K: items 1 to 16 in four parts, always in order. */
    public static final CatalogForm ANNUAL_REPORT = new CatalogForm("10-K",
            List.of("10-K", "10-K/A", "10-K405", "10-K405/A", "10-KT", "10-KT/A", "10-KSB", "10-KSB/A", "10-KSB40"),
            items(null,
                    "1", "Business", "Business",
                    "1A", "Risk Factors", "Risk factors",
                    "1B", "Unresolved Staff Comments", "Unresolved staff comments",
                    "1C", "Cybersecurity", "Cybersecurity",
                    "2", "Properties", "Properties",
                    "3", "Legal Proceedings", "Legal proceedings",
                    "4", "Mine Safety Disclosures", "Mine safety",
                    "5", "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities", "Market for common equity",
                    "6", "[Reserved]", "[Reserved]",
                    "7", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "MD&A",
                    "7A", "Quantitative and Qualitative Disclosures About Market Risk", "Market risk",
                    "8", "Financial Statements and Supplementary Data", "Financial statements",
                    "9", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "Disagreements with accountants",
                    "9A", "Controls and Procedures", "Controls and procedures",
                    "9B", "Other Information", "Other information",
                    "9C", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections", "Foreign jurisdictions preventing inspections",
                    "10", "Directors, Executive Officers and Corporate Governance", "Directors and governance",
                    "11", "Executive Compensation", "Executive compensation",
                    "12", "Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters", "Security ownership",
                    "13", "Certain Relationships and Related Transactions, and Director Independence", "Related transactions",
                    "14", "Principal Accountant Fees and Services", "Accountant fees",
                    "15", "Exhibits and Financial Statement Schedules", "Exhibits and schedules",
                    "16", "Form 10-K Summary", "Summary"),
            true, false);

    /** Form 10-Q: Part I items 1-4, Part II items 1-6; the same number means different items in each part. */
    public static final CatalogForm QUARTERLY_REPORT = new CatalogForm("10-Q",
            List.of("10-Q", "10-Q/A", "10-QT", "10-QT/A", "10-QSB", "10-QSB/A"),
            concat(
                    items("I",
                            "1", "Financial Statements", "Financial statements",
                            "2", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "MD&A",
                            "3", "Quantitative and Qualitative Disclosures About Market Risk", "Market risk",
                            "4", "Controls and Procedures", "Controls and procedures"),
                    items("II",
                            "1", "Legal Proceedings", "Legal proceedings",
                            "1A", "Risk Factors", "Risk factors",
                            "2", "Unregistered Sales of Equity Securities and Use of Proceeds", "Unregistered equity sales",
                            "3", "Defaults Upon Senior Securities", "Defaults on senior securities",
                            "4", "Mine Safety Disclosures", "Mine safety",
                            "5", "Other Information", "Other information",
                            "6", "Exhibits", "Exhibits")),
            true, true);

    /** Form ABS-15G: Rule 15Ga-1 repurchase reports and Rule 15Ga-2 due-diligence findings. */
    public static final CatalogForm ASSET_BACKED_REPURCHASES = new CatalogForm("ABS-15G",
            List.of("ABS-15G", "ABS-15G/A"),
            items(null,
                    "1.01", "Initial Filing of Rule 15Ga-1 Representations and Warranties Disclosure", "Initial 15Ga-1 filing",
                    "1.02", "Periodic Filing of Rule 15Ga-1 Representations and Warranties Disclosure", "Periodic 15Ga-1 filing",
                    "1.03", "Annual Filing of Rule 15Ga-1 Representations and Warranties Disclosure", "Annual 15Ga-1 filing",
                    "2.01", "Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Issuer", "Issuer's due diligence findings",
                    "2.02", "Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Underwriter", "Underwriter's due diligence findings"),
            false, false);

    private static final List<CatalogForm> ITEMISED = List.of(CURRENT_REPORT, ANNUAL_REPORT, QUARTERLY_REPORT,
            ASSET_BACKED_REPURCHASES);

    /**
     * EDGAR form types the API accepts in {@code ?form=} (each also with {@code /A} for its amendment). Add a form
     * here when EDGAR adds one.
     */
    private static final Set<String> FORM_TYPES = Set.of(
            "1-A", "1-K", "1-SA", "1-U", "3", "4", "5", "6-K", "8-A12B", "8-A12G", "8-K", "8-K12B", "8-K12G3",
            "10", "10-12B", "10-12G", "10-D", "10-K", "10-K405", "10-KSB", "10-KT", "10-Q", "10-QSB", "10-QT",
            "11-K", "13F-HR", "13F-NT", "13H", "144", "15-12B", "15-12G", "15-15D", "18-K", "20-F", "24F-2NT", "25",
            "25-NSE", "40-F", "40-APP", "424A", "424B1", "424B2", "424B3", "424B4", "424B5", "424B7", "424B8", "425",
            "485APOS", "485BPOS", "485BXT", "497", "497AD", "497J", "497K", "ABS-15G", "ABS-EE", "ARS", "ATS-N",
            "ATS-N-C", "ATS-N-W", "C", "C-AR", "C-U", "CORRESP", "CT ORDER", "D", "DEF 14A", "DEF 14C", "DEFA14A",
            "DEFM14A", "DEFR14A", "DFAN14A", "DRS", "DRSLTR", "EFFECT", "F-1", "F-3", "F-4", "F-6", "F-10", "FWP",
            "IRANNOTICE", "MA-I", "N-1A", "N-2", "N-8F", "N-CEN", "N-CSR", "N-CSRS", "N-MFP2", "N-MFP3", "N-PX", "N-Q",
            "NPORT-EX", "NPORT-P", "NT 10-K", "NT 10-Q", "NT 20-F", "POS AM", "POS EX", "POSASR", "PRE 14A",
            "PRE 14C", "PREM14A", "PRER14A", "S-1", "S-1MEF", "S-3", "S-3ASR", "S-4", "S-8", "S-8 POS", "S-11",
            "SC 13D", "SC 13E3", "SC 13G", "SC 14D9", "SC TO-C", "SC TO-I", "SC TO-T", "SCHEDULE 13D", "SCHEDULE 13G",
            "SD", "SF-1", "SF-3", "T-3", "UPLOAD", "X-17A-5");

    private static final Set<String> NORMALIZED_ITEM_CODES = ITEMISED.stream()
            .flatMap(form -> form.items().stream())
            .map(CatalogItem::normalizedCode)
            .collect(Collectors.toUnmodifiableSet());

    private FormCatalog() {
    }

    /** The forms whose items are known, 8-K first. */
    public static List<CatalogForm> itemisedForms() {
        return ITEMISED;
    }

    /** The itemised form covering a form type ({@code 8-K/A} is covered by 8-K), or empty. */
    public static Optional<CatalogForm> forForm(String formType) {
        if (formType == null) {
            return Optional.empty();
        }
        return ITEMISED.stream().filter(form -> form.covers(formType)).findFirst();
    }

    /** Every known form type, without amendments, sorted. */
    public static List<String> formTypes() {
        return FORM_TYPES.stream().sorted().toList();
    }

    /** The form as EDGAR writes it (upper case, trimmed), or empty when it is no form type known here. */
    public static Optional<String> formType(String requested) {
        String form = requested.strip().toUpperCase(Locale.ROOT);
        String base = form.endsWith("/A") ? form.substring(0, form.length() - 2) : form;
        return FORM_TYPES.contains(base) ? Optional.of(form) : Optional.empty();
    }

    /** True for a code data is stored under: an 8-K item ({@code 5.02}), a 10-K item ({@code 1A}), a 10-Q item ({@code II-1A}). */
    public static boolean isItemCode(String normalizedCode) {
        return NORMALIZED_ITEM_CODES.contains(normalizedCode.toUpperCase(Locale.ROOT));
    }

    /** The pre-2004 8-K item numbers and the numbers they became ({@code 5} to {@code 8.01}). */
    public static Map<String, String> legacyCurrentReportItems() {
        Map<String, String> map = new LinkedHashMap<>();
        CURRENT_REPORT.legacyItems().forEach(item -> map.put(item.code(), item.normalizedCode()));
        return map;
    }

    private static List<CatalogItem> items(String part, String... codesTitlesAndLabels) {
        List<CatalogItem> items = new ArrayList<>();
        for (int i = 0; i < codesTitlesAndLabels.length; i += 3) {
            String code = codesTitlesAndLabels[i];
            String normalized = part == null ? code : part + "-" + code;
            items.add(new CatalogItem(code, part, normalized, codesTitlesAndLabels[i + 1],
                    codesTitlesAndLabels[i + 2], false));
        }
        return items;
    }

    /**
     * A form's current items followed by its legacy numbers, each given as number, number it became, title. A
     * legacy number takes the label of the item it became, so that a chart names both alike.
     */
    private static List<CatalogItem> withLegacy(List<CatalogItem> current, String... codesTargetsAndTitles) {
        Map<String, String> labels = new LinkedHashMap<>();
        current.forEach(item -> labels.put(item.normalizedCode(), item.label()));
        List<CatalogItem> items = new ArrayList<>(current);
        for (int i = 0; i < codesTargetsAndTitles.length; i += 3) {
            String becomes = codesTargetsAndTitles[i + 1];
            String title = codesTargetsAndTitles[i + 2];
            items.add(new CatalogItem(codesTargetsAndTitles[i], null, becomes, title,
                    labels.getOrDefault(becomes, title), true));
        }
        return items;
    }

    private static List<CatalogItem> concat(List<CatalogItem> first, List<CatalogItem> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
