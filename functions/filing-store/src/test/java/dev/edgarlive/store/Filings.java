package dev.edgarlive.store;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/** Filings built by hand for tests, modelled on real ones. */
final class Filings {

    static final String HECLA_ITEM_5 = """
                 On November 20, 2000 the Hecla Mining Company (the "Company") issued a news
            release  announcing  that  is  had  entered into  a  definitive  stock  purchase
            agreement with Zemex U.S. Corporation, a wholly owned subsidiary of Zemex  Corp.
            of Toronto, Canada, regarding the sale of the Company's wholly owned subsidiary,
            Kentucky-Tennessee Clay Company, for a purchase price of $68 million.

                 The  definitive stock purchase agreement and the news release are attached
            hereto  as Exhibits 10.1 and 99.1, respectively, and each is incorporated herein
            by reference.""";

    static final String HECLA_ITEM_7 = """
                 Exhibit 10.1  - Stock Purchase Agreement dated November  17, 2000 between
                                 Hecla Mining Company and Zemex U.S. Corporation

                 Exhibit 99.1 -  News Release dated November 20, 2000""";

    private Filings() {
    }

    static Company hecla() {
        return new Company("HECLA MINING CO/DE/", "0000719413", "1040", "820126240", "DE", "1231", "1-8491",
                new Address("6500 Mineral Drive", null, "Coeur d'Alene", "ID", "83815-8788"),
                new Address("6500 MINERAL DRIVE", "", "COEUR D ALENE", "ID", "83815-8788"),
                "(208) 769-4100",
                List.of(new FormerName("HECLA MINING CO", LocalDate.of(1983, 6, 1))));
    }

    /** The seed 8-K of Hecla Mining (items 5 and 7, exhibits 10.1 and 99.1), with an accession number. */
    static Filing heclaSeed() {
        return heclaSeed("0000719413-00-000030", LocalDate.of(2000, 11, 28));
    }

    static Filing heclaSeed(String accession, LocalDate filed) {
        return new Filing(accession, "8-K", false, filed, LocalDate.of(2000, 11, 17),
                LocalDateTime.of(2000, 11, 28, 16, 5, 12), hecla(),
                List.of(new Item("5", "8.01", "Other Events.", HECLA_ITEM_5),
                        new Item("7", "9.01", "Financial Statements, Pro Forma Financial Information and Exhibits.",
                                HECLA_ITEM_7)),
                List.of(new Exhibit("10.1", "Stock Purchase Agreement dated November 17, 2000 between Hecla Mining "
                                + "Company and Zemex U.S. Corporation", null, null, null, null),
                        new Exhibit("99.1", "News Release dated November 20, 2000", "EX-99.1", 2, "ex99-1.txt",
                                "HECLA MINING COMPANY ANNOUNCES SALE OF K-T CLAY\n\nCOEUR D'ALENE, IDAHO -- "
                                        + "November 20, 2000 -- Hecla Mining Company (NYSE:HL) today announced...")),
                List.of(new Signature("Michael B. White", "Vice President - General Counsel",
                        LocalDate.of(2000, 11, 28))),
                List.of(new Document(1, "8-K", "hecla8k.txt", "FORM 8-K", DocumentFormat.PLAIN_TEXT, 3459),
                        new Document(2, "EX-99.1", "ex99-1.txt", null, DocumentFormat.PLAIN_TEXT, 120)),
                List.of(ParseIssue.warning("NO_SEC_HEADER", 0, "no SEC header; company facts from the cover page")));
    }

    /** A filing of {@code form} by a company, filed on {@code filed}, with the given normalized item codes. */
    static Filing simple(String accession, String form, String cik, String name, LocalDate filed, String... codes) {
        Company company = new Company(name, cik, null, null, "DE", null, null, null, null, null, List.of());
        List<Item> items = java.util.Arrays.stream(codes)
                .map(code -> new Item(code, code, "Item " + code, "Text of item " + code + " in " + accession))
                .toList();
        return new Filing(accession, form, form.endsWith("/A"), filed, filed, null, company, items, List.of(),
                List.of(), List.of(), List.of());
    }

    /** A filing whose one item carries {@code text}. */
    static Filing withItemText(String accession, String text) {
        return new Filing(accession, "10-K", false, LocalDate.of(2024, 2, 1), LocalDate.of(2023, 12, 31), null,
                hecla(), List.of(new Item("7", "7", "Management's Discussion and Analysis", text)), List.of(),
                List.of(), List.of(), List.of());
    }

    /** Text of {@code bytes} bytes that compresses about as badly as prose: random words, some non-ASCII. */
    static String prose(int bytes, long seed) {
        Random random = new Random(seed);
        String[] words = {"revenue", "net", "income", "the", "company", "fiscal", "quarter", "increase", "décline",
                "€", "operations", "segment", "liquidity", "capital", "risk", "of", "and", "2024", "million"};
        StringBuilder b = new StringBuilder(bytes + 32);
        int size = 0;
        while (size < bytes) {
            String word = random.nextInt(50) == 0
                    ? Long.toString(random.nextLong(), 36)
                    : words[random.nextInt(words.length)];
            b.append(word).append(random.nextInt(12) == 0 ? ".\n" : " ");
            size += word.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return b.toString();
    }

    /** Text of {@code length} random letters and digits: compresses to about three quarters. */
    static String noise(int length, long seed) {
        Random random = new Random(seed);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    static String sha256(String s) {
        return Hashes.sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }
}
