package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Registrant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A combined filing through the whole parser: every registrant in the model, the company the header's filer or else
 * the cover's first registrant, and never one registrant's facts filling in another's. The cover copies the layout of
 * Southern Company's 2007 HTML 8-K (one paragraph per line in each cell of its table of registrants).
 */
class RegistrantsTest {

    private final FilingParser parser = new FilingParser();

    private Filing parse(String text) {
        ParseResult result = parser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.filing().orElseThrow();
    }

    private static String row(String fileNumber, String name, String state, String street, String city, String irs) {
        return """
                <tr><td><p>%s</p></td>
                <td><p><b>%s</b></p><p>(%s Corporation)</p><p>%s</p><p>%s</p><p>(404) 506-5000</p></td>
                <td><p>%s</p></td></tr>
                """.formatted(fileNumber, name, state, street, city, irs);
    }

    private static final String COVER = """
            <html><body>
            <p>SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 8-K</p><p>CURRENT REPORT</p>
            <p>Date of Report (Date of earliest event reported) January 25, 2007</p>
            <table>
            <tr><td><p><b>Commission</b></p><p><u><b>File Number</b></u></p></td>
            <td><p><b>Registrant, State of Incorporation,</b></p><p><u><b>Address and Telephone Number</b></u></p></td>
            <td><p><b>I.R.S. Employer</b></p><p><u><b>Identification No.</b></u></p></td></tr>
            """
            + row("1-3526", "The Southern Company", "A Delaware", "30 Ivan Allen Jr. Blvd., N.W.", "Atlanta, Georgia 30308",
                    "58-0690070")
            + row("1-3164", "Alabama Power Company", "An Alabama", "600 North 18th Street", "Birmingham, Alabama 35291",
                    "63-0004250")
            + row("0-2429", "Gulf Power Company", "A Florida", "One Energy Place", "Pensacola, Florida 32520",
                    "59-0276810")
            + """
            </table>
            <p>This combined Form 8-K is furnished separately by three registrants.</p>
            <p>Item 2.02 Results of Operations and Financial Condition.</p>
            <p>On January 25, 2007, The Southern Company issued a press release announcing its earnings for 2006.</p>
            <p>SIGNATURE</p>
            </body></html>
            """;

    @Test
    void withoutAHeaderTheCompanyIsTheCoversFirstRegistrantAndAllAreListed() {
        Filing filing = parse(COVER);

        assertThat(filing.company().name()).isEqualTo("The Southern Company");
        assertThat(filing.company().stateOfIncorporation()).isEqualTo("DE");
        assertThat(filing.company().fileNumber()).isEqualTo("1-3526");
        assertThat(filing.company().irsNumber()).isEqualTo("58-0690070");
        assertThat(filing.registrants()).containsExactly(
                new Registrant("The Southern Company", null, "DE", "1-3526", "58-0690070"),
                new Registrant("Alabama Power Company", null, "AL", "1-3164", "63-0004250"),
                new Registrant("Gulf Power Company", null, "FL", "0-2429", "59-0276810"));
        assertThat(filing.items()).extracting(i -> i.code()).containsExactly("2.02");
    }

    private static String filer(String name, String cik, String irs, String state, String fileNumber) {
        return """
                FILER:

                \tCOMPANY DATA:\t
                \t\tCOMPANY CONFORMED NAME:\t\t\t%s
                \t\tCENTRAL INDEX KEY:\t\t\t%s
                \t\tIRS NUMBER:\t\t\t\t%s
                \t\tSTATE OF INCORPORATION:\t\t\t%s

                \tFILING VALUES:
                \t\tFORM TYPE:\t\t8-K
                \t\tSEC FILE NUMBER:\t%s

                """.formatted(name, cik, irs, state, fileNumber);
    }

    private static String submission(String filers) {
        return """
                <SEC-DOCUMENT>0000092122-07-000008.txt : 20070125
                <SEC-HEADER>0000092122-07-000008.hdr.sgml : 20070125
                ACCESSION NUMBER:\t\t0000092122-07-000008
                CONFORMED SUBMISSION TYPE:\t8-K
                PUBLIC DOCUMENT COUNT:\t\t1
                FILED AS OF DATE:\t\t20070125

                """ + filers + """
                </SEC-HEADER>
                <DOCUMENT>
                <TYPE>8-K
                <SEQUENCE>1
                <FILENAME>form8k.htm
                <TEXT>
                """ + COVER + """
                </TEXT>
                </DOCUMENT>
                </SEC-DOCUMENT>
                """;
    }

    @Test
    void theHeadersFilerIsTheCompanyAndOnlyItsOwnCoverRowFillsItIn() {
        // The header names Alabama Power first and states no IRS number for it (EDGAR's 000000000).
        Filing filing = parse(submission(filer("ALABAMA POWER CO", "0000003153", "000000000", "AL", "001-03164")
                + filer("SOUTHERN CO", "0000092122", "580690070", "DE", "001-03526")));

        assertThat(filing.company().name()).isEqualTo("ALABAMA POWER CO");
        assertThat(filing.company().cik()).isEqualTo("0000003153");
        assertThat(filing.company().irsNumber()).as("Alabama Power's own, not Southern's").isEqualTo("63-0004250");
        assertThat(filing.registrants()).containsExactly(
                new Registrant("SOUTHERN CO", "0000092122", "DE", "001-03526", "58-0690070"),
                new Registrant("ALABAMA POWER CO", "0000003153", "AL", "001-03164", "63-0004250"),
                new Registrant("Gulf Power Company", null, "FL", "0-2429", "59-0276810"));
    }

    @Test
    void aFilerTheCoverDoesNotListLendsItNoCoverFacts() {
        Filing filing = parse(submission(filer("MISSISSIPPI POWER CO", "0000066904", "000000000", "MS", "001-11229")));

        assertThat(filing.company().name()).isEqualTo("MISSISSIPPI POWER CO");
        assertThat(filing.company().irsNumber()).isNull();
        assertThat(filing.registrants()).extracting(Registrant::name).containsExactly("The Southern Company",
                "Alabama Power Company", "Gulf Power Company", "MISSISSIPPI POWER CO");
    }

    @Test
    void aFilingByOneRegistrantListsNoRegistrants() {
        Filing filing = parse("""
                <html><body><p>FORM 8-K</p>
                <p>Oracle Corporation</p><p>(Exact name of registrant as specified in its charter)</p>
                <table><tr><td>Delaware</td><td>001-35992</td><td>54-2185193</td></tr>
                <tr><td>(State of incorporation)</td><td>(Commission File Number)</td>
                <td>(IRS Employer Identification No.)</td></tr></table>
                <p>Item 8.01 Other Events.</p><p>The Board of Directors declared a quarterly cash dividend.</p>
                </body></html>""");

        assertThat(filing.company().name()).isEqualTo("Oracle Corporation");
        assertThat(filing.company().irsNumber()).isEqualTo("54-2185193");
        assertThat(filing.registrants()).isEmpty();
    }
}
