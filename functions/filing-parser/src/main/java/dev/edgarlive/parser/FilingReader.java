package dev.edgarlive.parser;

import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;
import dev.edgarlive.parser.cover.CompanyFacts;
import dev.edgarlive.parser.cover.CoverPage;
import dev.edgarlive.parser.cover.CoverPageReader;
import dev.edgarlive.parser.cover.ExhibitListReader;
import dev.edgarlive.parser.cover.SignatureBlock;
import dev.edgarlive.parser.cover.XmlCoverReader;
import dev.edgarlive.parser.envelope.DocumentFormatSniffer;
import dev.edgarlive.parser.envelope.DocumentSlice;
import dev.edgarlive.parser.envelope.Envelope;
import dev.edgarlive.parser.envelope.SgmlEnvelopeReader;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import dev.edgarlive.parser.envelope.SubmissionHeaderReader;
import dev.edgarlive.parser.render.DocumentText;
import dev.edgarlive.parser.render.DocumentTextReader;
import dev.edgarlive.parser.sections.FormSchema;
import dev.edgarlive.parser.sections.FormSchemas;
import dev.edgarlive.parser.sections.HeaderItems;
import dev.edgarlive.parser.sections.ItemExtractor;
import dev.edgarlive.parser.text.DateText;
import dev.edgarlive.parser.text.TextLines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the stages over one decoded input: envelope, header, documents, primary text, then the extractors, and
 * assembles the {@link Filing}. Each stage is its own class; this one only wires them and records what was odd.
 * Facts stated in several places come from {@link FilingFacts}, exhibits from {@link ExhibitMatcher}.
 */
final class FilingReader {

    private final SgmlEnvelopeReader envelopes = new SgmlEnvelopeReader();
    private final SubmissionHeaderReader headers = new SubmissionHeaderReader();
    private final DocumentFormatSniffer sniffer = new DocumentFormatSniffer();
    private final DocumentTextReader documentText = new DocumentTextReader();
    private final CoverPageReader covers = new CoverPageReader();
    private final XmlCoverReader xmlCovers = new XmlCoverReader();
    private final ItemExtractor itemExtractor = new ItemExtractor();
    private final ExhibitListReader exhibitLists = new ExhibitListReader();
    private final ExhibitMatcher exhibitMatcher = new ExhibitMatcher(documentText);

    ParseResult read(String text) {
        return read(text, ParseDeadline.NONE);
    }

    /** As {@link #read(String)}, giving up between stages once {@code deadline} passed. */
    ParseResult read(String text, ParseDeadline deadline) {
        Envelope envelope = envelopes.read(text);
        deadline.check("the envelope");
        if (envelope.bare() && !FilingMarkers.foundIn(text)) {
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
        String formType = FilingFacts.formType(header, primary, covers);
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
        Company company = CompanyFacts.merge(header.principalParty(),
                Registrants.coverOfCompany(header.principalParty(), cover), primary.deiFacts());
        LocalDate filed = DateText.compact(header.value(SubmissionHeader.FILED_AS_OF_DATE));
        List<Item> items = new ArrayList<>(extraction.items());
        if (schema != null) {
            HeaderItems.reconcile(header, schema, filed, items, warnings);
            if (items.isEmpty() && schema.itemsRequired() && lines.count() > 0) {
                warnings.add(ParseIssue.warning("NO_ITEMS_FOUND", -1, "no item heading was found in the primary document"));
            }
        }
        int signatureFrom = extraction.lastItemEnd() > 0 ? lines.lineAt(extraction.lastItemEnd()) : 0;
        int signatureStart = SignatureBlock.findStart(lines, signatureFrom);
        List<Signature> signatures = SignatureBlock.read(lines, signatureStart);
        int exhibitsFrom = Math.max(0, extraction.firstHeadingLine());
        deadline.check("the signatures");
        List<Exhibit> exhibits = exhibitMatcher.match(text, envelope, formats,
                exhibitLists.read(lines, exhibitsFrom, lines.count()), deadline);

        if (company == null || company.name() == null) {
            warnings.add(ParseIssue.warning("COMPANY_NOT_FOUND", -1, "neither header nor cover page names the company"));
        }
        if (formType == null && primary.slice() != null && primary.slice().type() != null
                && ExhibitMatcher.isExhibitType(primary.slice().type().strip())) {
            warnings.add(ParseIssue.warning("EXHIBIT_ALONE", -1, "the file holds exhibit "
                    + primary.slice().type().strip() + " alone: the form it was filed with is not in it"));
        } else if (formType == null) {
            warnings.add(ParseIssue.warning("FORM_TYPE_UNKNOWN", -1, "the form type is stated nowhere"));
        }
        Filing filing = new Filing(
                FilingFacts.accessionNumber(header, text),
                formType,
                FilingFacts.amendment(formType, primary.deiFacts()),
                filed,
                FilingFacts.periodOfReport(header, cover, primary.deiFacts()),
                DateText.compactDateTime(header.value(SubmissionHeader.ACCEPTANCE_DATETIME)),
                company,
                Registrants.of(header, cover),
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
