package dev.edgarlive.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms whose items the parser knows, declared as data. Adding a form is adding a schema here.
 */
final class FormSchemas {

    /**
     * Form 8-K: today's items (since 2004-08-23) and the legacy items 1-12, each legacy item carrying the number
     * it became. Both live in one schema: a filing's item numbers say which generation it uses.
     */
    static final FormSchema CURRENT_REPORT = new FormSchema("8-K",
            List.of("8-K", "8-K/A", "8-K12B", "8-K12B/A", "8-K12G3", "8-K12G3/A", "8-K15D5", "8-K15D5/A"),
            concat(
                    items(null,
                            "1.01", "Entry into a Material Definitive Agreement",
                            "1.02", "Termination of a Material Definitive Agreement",
                            "1.03", "Bankruptcy or Receivership",
                            "1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
                            "1.05", "Material Cybersecurity Incidents",
                            "2.01", "Completion of Acquisition or Disposition of Assets",
                            "2.02", "Results of Operations and Financial Condition",
                            "2.03", "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant",
                            "2.04", "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement",
                            "2.05", "Costs Associated with Exit or Disposal Activities",
                            "2.06", "Material Impairments",
                            "3.01", "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing",
                            "3.02", "Unregistered Sales of Equity Securities",
                            "3.03", "Material Modification to Rights of Security Holders",
                            "4.01", "Changes in Registrant's Certifying Accountant",
                            "4.02", "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review",
                            "5.01", "Changes in Control of Registrant",
                            "5.02", "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
                            "5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
                            "5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
                            "5.05", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
                            "5.06", "Change in Shell Company Status",
                            "5.07", "Submission of Matters to a Vote of Security Holders",
                            "5.08", "Shareholder Director Nominations",
                            "6.01", "ABS Informational and Computational Material",
                            "6.02", "Change of Servicer or Trustee",
                            "6.03", "Change in Credit Enhancement or Other External Support",
                            "6.04", "Failure to Make a Required Distribution",
                            "6.05", "Securities Act Updating Disclosure",
                            "6.06", "Static Pool",
                            "6.10", "Alternative Filings of Asset-Backed Issuers",
                            "7.01", "Regulation FD Disclosure",
                            "8.01", "Other Events",
                            "9.01", "Financial Statements and Exhibits"),
                    legacy(
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
                            "12", "2.02", "Results of Operations and Financial Condition")),
            false, false);

    /** Form 10-K: items 1 to 16 in four parts, always in order. */
    static final FormSchema ANNUAL_REPORT = new FormSchema("10-K",
            List.of("10-K", "10-K/A", "10-K405", "10-K405/A", "10-KT", "10-KT/A", "10-KSB", "10-KSB/A", "10-KSB40"),
            items(null,
                    "1", "Business",
                    "1A", "Risk Factors",
                    "1B", "Unresolved Staff Comments",
                    "1C", "Cybersecurity",
                    "2", "Properties",
                    "3", "Legal Proceedings",
                    "4", "Mine Safety Disclosures",
                    "5", "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
                    "6", "[Reserved]",
                    "7", "Management's Discussion and Analysis of Financial Condition and Results of Operations",
                    "7A", "Quantitative and Qualitative Disclosures About Market Risk",
                    "8", "Financial Statements and Supplementary Data",
                    "9", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure",
                    "9A", "Controls and Procedures",
                    "9B", "Other Information",
                    "9C", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",
                    "10", "Directors, Executive Officers and Corporate Governance",
                    "11", "Executive Compensation",
                    "12", "Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters",
                    "13", "Certain Relationships and Related Transactions, and Director Independence",
                    "14", "Principal Accountant Fees and Services",
                    "15", "Exhibits and Financial Statement Schedules",
                    "16", "Form 10-K Summary"),
            true, false);

    /** Form 10-Q: Part I items 1-4, Part II items 1-6; the same number means different items in each part. */
    static final FormSchema QUARTERLY_REPORT = new FormSchema("10-Q",
            List.of("10-Q", "10-Q/A", "10-QT", "10-QT/A", "10-QSB", "10-QSB/A"),
            concat(
                    items("I",
                            "1", "Financial Statements",
                            "2", "Management's Discussion and Analysis of Financial Condition and Results of Operations",
                            "3", "Quantitative and Qualitative Disclosures About Market Risk",
                            "4", "Controls and Procedures"),
                    items("II",
                            "1", "Legal Proceedings",
                            "1A", "Risk Factors",
                            "2", "Unregistered Sales of Equity Securities and Use of Proceeds",
                            "3", "Defaults Upon Senior Securities",
                            "4", "Mine Safety Disclosures",
                            "5", "Other Information",
                            "6", "Exhibits")),
            true, true);

    /** Form ABS-15G: Rule 15Ga-1 repurchase reports and Rule 15Ga-2 due-diligence findings. */
    static final FormSchema ASSET_BACKED_REPURCHASES = new FormSchema("ABS-15G",
            List.of("ABS-15G", "ABS-15G/A"),
            items(null,
                    "1.01", "Initial Filing of Rule 15Ga-1 Representations and Warranties Disclosure",
                    "1.02", "Periodic Filing of Rule 15Ga-1 Representations and Warranties Disclosure",
                    "1.03", "Annual Filing of Rule 15Ga-1 Representations and Warranties Disclosure",
                    "2.01", "Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Issuer",
                    "2.02", "Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Underwriter"),
            false, false);

    private static final List<FormSchema> ALL = List.of(CURRENT_REPORT, ANNUAL_REPORT, QUARTERLY_REPORT,
            ASSET_BACKED_REPURCHASES);

    private FormSchemas() {
    }

    /** The schema for a form type, or null when the parser knows no items for it. */
    static FormSchema forForm(String formType) {
        if (formType == null) {
            return null;
        }
        for (FormSchema schema : ALL) {
            if (schema.covers(formType.strip())) {
                return schema;
            }
        }
        return null;
    }

    private static List<ItemDefinition> items(String part, String... codesAndTitles) {
        List<ItemDefinition> items = new ArrayList<>();
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            String code = codesAndTitles[i];
            String normalized = part == null ? code : part + "-" + code;
            items.add(new ItemDefinition(code, part, normalized, codesAndTitles[i + 1]));
        }
        return items;
    }

    private static List<ItemDefinition> legacy(String... codesTargetsAndTitles) {
        List<ItemDefinition> items = new ArrayList<>();
        for (int i = 0; i < codesTargetsAndTitles.length; i += 3) {
            items.add(new ItemDefinition(codesTargetsAndTitles[i], null, codesTargetsAndTitles[i + 1],
                    codesTargetsAndTitles[i + 2]));
        }
        return items;
    }

    @SafeVarargs
    private static List<ItemDefinition> concat(List<ItemDefinition>... lists) {
        List<ItemDefinition> all = new ArrayList<>();
        for (List<ItemDefinition> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
