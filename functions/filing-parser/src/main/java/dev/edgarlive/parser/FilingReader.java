package dev.edgarlive.parser;

import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the stages over one decoded input: envelope, header, documents, primary text, then the extractors, and
 * assembles the {@link Filing}. Each stage is its own class; this one only wires them and records what was odd.
 */
final class FilingReader {

    private static final Pattern ACCESSION = Pattern.compile("\\b(\\d{10}-\\d{2}-\\d{6})\\b");
    /** Markers of SEC material, for telling a bare document from some other text. */
    private static final String[] FILING_MARKERS = {"SECURITIES AND EXCHANGE COMMISSION", "Securities and Exchange Commission",
            "EXCHANGE COMMISSION", "Exchange Commission", "xbrl.sec.gov/dei", "www.sec.gov/edgar", "<ownershipDocument",
            "<edgarSubmission", "Commission File", "COMMISSION FILE", "Exchange Act", "EXCHANGE ACT", "FORM 8-K",
            "Form 8-K", "FORM 10-K", "Form 10-K", "FORM 10-Q", "Form 10-Q", "FORM 6-K", "FORM 20-F", "name=\"dei:"};

    private final SgmlEnvelopeReader envelopes = new SgmlEnvelopeReader();
    private final SubmissionHeaderReader headers = new SubmissionHeaderReader();
    private final DocumentFormatSniffer sniffer = new DocumentFormatSniffer();
    private final DocumentTextReader documentText = new DocumentTextReader();
    private final CoverPageReader covers = new CoverPageReader();
    private final XmlCoverReader xmlCovers = new XmlCoverReader();
    private final ItemExtractor itemExtractor = new ItemExtractor();
    private final ExhibitListReader exhibitLists = new ExhibitListReader();

    ParseResult read(String text) {
        return read(text, ParseDeadline.NONE);
    }

    /** As {@link #read(String)}, giving up between stages once {@code deadline} passed. */
    ParseResult read(String text, ParseDeadline deadline) {
        Envelope envelope = envelopes.read(text);
        deadline.check("the envelope");
        if (envelope.bare() && !mentionsTheSec(text)) {
            return ParseResult.failed(ParseIssue.error("NOT_A_FILING", 0,
                    "no EDGAR envelope, header or SEC cover page was found"));
        }
        List<ParseIssue> warnings = new ArrayList<>();
        SubmissionHeader header = headers.read(text, envelope);
        List<DocumentFormat> formats = new ArrayList<>();
        for (DocumentSlice slice : envelope.documents()) {
            formats.add(sniffer.sniff(text, slice.textStart(), slice.textEnd(), slice.type()));
            if (slice.truncated()) {
                warnings.add(ParseIssue.warning("TRUNCATED_DOCUMENT", slice.textStart(),
                        "document " + slice.sequence() + " has no closing tag: the file ends inside it"));
            }
        }
        deadline.check("the header");
        PrimaryDocument primary = primary(text, envelope, formats);
        deadline.check("rendering the primary document");

        TextLines lines = primary.lines();
        String formType = formType(header, primary);
        if (formType == null) {
            formType = covers.formType(lines);
        }
        FormSchema schema = FormSchemas.forForm(formType);
        ItemExtractor.Extraction extraction = schema == null
                ? new ItemExtractor.Extraction(List.of(), -1, 0)
                : itemExtractor.extract(lines, schema, primary.format() == DocumentFormat.PLAIN_TEXT);
        deadline.check("the items");
        int coverEnd = extraction.firstHeadingLine() >= 0 ? extraction.firstHeadingLine() : Math.min(lines.count(), 400);
        CoverPage cover = primary.format() == DocumentFormat.XML && primary.slice() != null
                ? xmlCovers.read(text, primary.slice().textStart(), primary.slice().textEnd())
                : covers.read(lines, coverEnd);

        deadline.check("the cover page");
        Company company = CompanyFacts.merge(header.principalParty(), cover, primary.deiFacts());
        LocalDate filed = DateText.compact(header.value(SubmissionHeader.FILED_AS_OF_DATE));
        List<Item> items = new ArrayList<>(extraction.items());
        if (schema != null) {
            HeaderItems.reconcile(header, schema, filed, items, warnings);
            if (items.isEmpty() && schema == FormSchemas.CURRENT_REPORT && lines.count() > 0) {
                warnings.add(ParseIssue.warning("NO_ITEMS_FOUND", -1, "no item heading was found in the primary document"));
            }
        }
        int signatureFrom = extraction.lastItemEnd() > 0 ? lines.lineAt(extraction.lastItemEnd()) : 0;
        int signatureStart = SignatureBlock.findStart(lines, signatureFrom);
        List<Signature> signatures = SignatureBlock.read(lines, signatureStart);
        int exhibitsFrom = Math.max(0, extraction.firstHeadingLine());
        deadline.check("the signatures");
        List<Exhibit> exhibits = exhibits(text, envelope, formats, lines, exhibitsFrom, deadline);

        if (company == null || company.name() == null) {
            warnings.add(ParseIssue.warning("COMPANY_NOT_FOUND", -1, "neither header nor cover page names the company"));
        }
        if (formType == null && primary.slice() != null && primary.slice().type() != null
                && isExhibitType(primary.slice().type().strip())) {
            warnings.add(ParseIssue.warning("EXHIBIT_ALONE", -1, "the file holds exhibit "
                    + primary.slice().type().strip() + " alone: the form it was filed with is not in it"));
        } else if (formType == null) {
            warnings.add(ParseIssue.warning("FORM_TYPE_UNKNOWN", -1, "the form type is stated nowhere"));
        }
        Filing filing = new Filing(
                accession(header, text),
                formType,
                formType != null && formType.toUpperCase(Locale.ROOT).endsWith("/A")
                        || "true".equalsIgnoreCase(primary.deiFacts().get("AmendmentFlag")),
                filed,
                periodOfReport(header, cover, primary.deiFacts()),
                DateText.compactDateTime(header.value(SubmissionHeader.ACCEPTANCE_DATETIME)),
                company,
                items,
                exhibits,
                signatures,
                documents(envelope, formats, formType),
                Warnings.bounded(warnings));
        if (envelope.truncated()) {
            return new ParseResult(java.util.Optional.of(filing), List.of(ParseIssue.error("TRUNCATED_INPUT",
                    text.length(), "the submission ends inside a document: the file is truncated")));
        }
        return ParseResult.of(filing);
    }

    private static boolean mentionsTheSec(String text) {
        for (String marker : FILING_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The first text document is the primary one (EDGAR puts the form itself at sequence 1). */
    private PrimaryDocument primary(String text, Envelope envelope, List<DocumentFormat> formats) {
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            DocumentFormat format = formats.get(i);
            if (format != DocumentFormat.BINARY) {
                DocumentText read = documentText.read(text, slice, format);
                return new PrimaryDocument(slice, format, read.lines(), read.deiFacts());
            }
        }
        return new PrimaryDocument(null, DocumentFormat.PLAIN_TEXT, new TextLines(""), Map.of());
    }

    private static String formType(SubmissionHeader header, PrimaryDocument primary) {
        String fromHeader = header.value(SubmissionHeader.SUBMISSION_TYPE);
        if (fromHeader != null) {
            return fromHeader.strip();
        }
        if (primary.slice() != null && primary.slice().type() != null) {
            String type = primary.slice().type().strip();
            // An exhibit cut out of its submission (<TYPE>EX-99.1) names itself, not the form it was filed with.
            return isExhibitType(type) ? null : type;
        }
        String dei = primary.deiFacts().get("DocumentType");
        return dei == null || dei.isBlank() ? null : dei.strip();
    }

    private static boolean isExhibitType(String documentType) {
        return documentType.regionMatches(true, 0, "EX-", 0, 3);
    }

    private static String accession(SubmissionHeader header, String text) {
        String fromHeader = header.value(SubmissionHeader.ACCESSION_NUMBER);
        if (fromHeader != null) {
            return fromHeader.strip();
        }
        for (String tag : new String[] {"<SEC-DOCUMENT>", "<IMS-DOCUMENT>"}) {
            int at = text.indexOf(tag);
            if (at >= 0 && at < 4096) {
                int lineEnd = text.indexOf('\n', at);
                Matcher m = ACCESSION.matcher(text.substring(at, lineEnd < 0 ? Math.min(text.length(), at + 200) : lineEnd));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static LocalDate periodOfReport(SubmissionHeader header, CoverPage cover, Map<String, String> dei) {
        LocalDate fromHeader = DateText.compact(header.value(SubmissionHeader.PERIOD_OF_REPORT));
        if (fromHeader != null) {
            return fromHeader;
        }
        if (cover.dateOfReport() != null) {
            return cover.dateOfReport();
        }
        return DateText.find(dei.get("DocumentPeriodEndDate"));
    }

    private List<Exhibit> exhibits(String text, Envelope envelope, List<DocumentFormat> formats, TextLines lines,
                                   int fromLine, ParseDeadline deadline) {
        List<ExhibitListReader.Listed> listed = exhibitLists.read(lines, fromLine, lines.count());
        List<Exhibit> exhibits = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (ExhibitListReader.Listed entry : listed) {
            int index = documentFor(envelope, entry.number(), used);
            if (index < 0) {
                exhibits.add(new Exhibit(entry.number(), entry.description(), null, null, null, null));
            } else {
                used.add(index);
                exhibits.add(carried(text, envelope.documents().get(index), formats.get(index), entry.number(),
                        entry.description()));
                deadline.check("exhibit " + entry.number());
            }
        }
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            if (!used.contains(i) && isExhibit(slice)) {
                exhibits.add(carried(text, slice, formats.get(i), exhibitNumber(slice.type()), slice.description()));
                deadline.check("document " + slice.sequence());
            }
        }
        return exhibits;
    }

    private Exhibit carried(String text, DocumentSlice slice, DocumentFormat format, String number, String description) {
        String body = null;
        if (format == DocumentFormat.PLAIN_TEXT || format == DocumentFormat.HTML || format == DocumentFormat.INLINE_XBRL) {
            body = ItemText.clean(documentText.read(text, slice, format).lines(), 0, Integer.MAX_VALUE,
                    format == DocumentFormat.PLAIN_TEXT);
        }
        String chosenDescription = description != null ? description : slice.description();
        return new Exhibit(number, chosenDescription, slice.type(), slice.sequence(), slice.fileName(), body);
    }

    private static int documentFor(Envelope envelope, String number, List<Integer> used) {
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            if (!used.contains(i) && isExhibit(slice) && number.equalsIgnoreCase(exhibitNumber(slice.type()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isExhibit(DocumentSlice slice) {
        return slice.type() != null && slice.type().toUpperCase(Locale.ROOT).startsWith("EX-");
    }

    /** "EX-99.1" to "99.1"; "EX-99" to "99". */
    private static String exhibitNumber(String type) {
        return type.substring(3).strip();
    }

    /** The submission's documents; a bare document takes the form type its cover page states. */
    private static List<Document> documents(Envelope envelope, List<DocumentFormat> formats, String formType) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < envelope.documents().size(); i++) {
            DocumentSlice slice = envelope.documents().get(i);
            String type = slice.type() == null && envelope.bare() ? formType : slice.type();
            documents.add(new Document(slice.sequence(), type, slice.fileName(), slice.description(),
                    formats.get(i), slice.length()));
        }
        return documents;
    }
}
