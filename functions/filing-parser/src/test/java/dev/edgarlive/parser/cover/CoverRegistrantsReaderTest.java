package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Registrant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cover pages of combined filings, as their lines render: the layouts of Southern Company's 8-Ks (2005 plain
 * text, 2007 HTML), LG&amp;E and KU's 2003 8-K (in the corpus), Xcel Energy's one-line rows and Duke Energy's repeated
 * blocks, with names and numbers of our own where the layout is the point. Covers of one registrant give none.
 */
class CoverRegistrantsReaderTest {

    private final CoverRegistrantsReader reader = new CoverRegistrantsReader();

    /** The stripped lines of a text, as the cover page reader hands them over. */
    private static List<String> cover(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.strip());
        }
        return lines;
    }

    @Test
    void plainTextTableWithTheFileNumberFirstAndTheStateUnderTheName() {
        List<Registrant> registrants = reader.read(cover("""
                Date of Report (Date of earliest event reported)         January 25, 2005

                Commission       Registrant, State of Incorporation,       I.R.S. Employer
                File Number      Address and Telephone Number              Identification No.

                1-3526           The Southern Company                      58-0690070
                                 (A Delaware Corporation)
                                 30 Ivan Allen Jr. Boulevard, N.W.
                                 Atlanta, Georgia 30308
                                 (404) 506-5000

                1-3164           Alabama Power Company                     63-0004250
                                 (An Alabama Corporation)
                                 600 North 18th Street
                                 Birmingham, Alabama 35291
                                 (205) 257-1000

                333-98553        Southern Power Company                    58-2598670
                                 (A Delaware Corporation)
                                 30 Ivan Allen Jr. Boulevard, N.W.
                                 Atlanta, Georgia 30308
                                 (404) 506-5000

                The addresses of the registrants have not changed since the last report.
                """));

        assertThat(registrants).containsExactly(
                new Registrant("The Southern Company", null, "DE", "1-3526", "58-0690070"),
                new Registrant("Alabama Power Company", null, "AL", "1-3164", "63-0004250"),
                new Registrant("Southern Power Company", null, "DE", "333-98553", "58-2598670"));
    }

    @Test
    void htmlTableWithEachParagraphOfACellOnItsOwnLine() {
        // LG&E and KU, 2003: the IRS number's cell comes right after the name's first paragraph.
        List<Registrant> registrants = reader.read(cover("""
                Commission
                Registrant, State of Incorporation,
                IRS Employer
                File Number
                Address, and Telephone Number
                Identification No.
                2-26720
                Louisville Gas and Electric Company
                61-0264150
                (A Kentucky Corporation)
                220 West Main Street
                Louisville, Ky. 40232
                (502) 627-2000
                1-3464
                Kentucky Utilities Company
                61-0247570
                (A Kentucky and Virginia Corporation)
                One Quality Street
                Lexington, Kentucky 40507-1428
                (859) 255-2100
                This combined Form 8-K is separately filed by Louisville Gas and Electric Company and Kentucky \
                Utilities Company."""));

        assertThat(registrants).containsExactly(
                new Registrant("Louisville Gas and Electric Company", null, "KY", "2-26720", "61-0264150"),
                new Registrant("Kentucky Utilities Company", null, "KY", "1-3464", "61-0247570"));
    }

    @Test
    void oneLinePerRegistrantWithTheNameFirst() {
        List<Registrant> registrants = reader.read(cover("""
                Exact Name of Registrant as Specified in its Charter  State of Incorporation  Commission File Number  \
                IRS Employer Identification No.
                Northern Widget Inc.  Minnesota  001-03034  41-0448030
                Northern Widget Company, a Wisconsin corporation  Wisconsin  001-03140  39-0508315
                414 Nicollet Mall, Minneapolis, Minnesota 55401
                """));

        assertThat(registrants).extracting(Registrant::name, Registrant::stateOfIncorporation, Registrant::fileNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Northern Widget Inc.", "MN", "001-03034"),
                        org.assertj.core.groups.Tuple.tuple("Northern Widget Company, a Wisconsin corporation", "WI",
                                "001-03140"));
    }

    @Test
    void theSingleRegistrantBlockRepeatedForEachRegistrant() {
        List<Registrant> registrants = reader.read(cover("""
                CAROLINA LIGHT HOLDINGS CORPORATION
                (Exact name of registrant as specified in its charter)
                Delaware
                001-32853
                20-2777218
                (State or other jurisdiction of incorporation)
                (Commission File Number)
                (IRS Employer Identification No.)
                550 South Tryon Street, Charlotte, North Carolina 28202
                CAROLINA LIGHT, LLC
                (Exact name of registrant as specified in its charter)
                North Carolina
                001-04928
                56-0205520
                (State or other jurisdiction of incorporation)
                (Commission File Number)
                (IRS Employer Identification No.)
                """));

        assertThat(registrants).containsExactly(
                new Registrant("CAROLINA LIGHT HOLDINGS CORPORATION", null, "DE", "001-32853", "20-2777218"),
                new Registrant("CAROLINA LIGHT, LLC", null, "NC", "001-04928", "56-0205520"));
    }

    @Test
    void aCoverOfOneRegistrantListsNone() {
        assertThat(reader.read(cover("""
                Oracle Corporation
                (Exact name of registrant as specified in its charter)
                Delaware  001-35992  54-2185193
                (State or other jurisdiction of incorporation)  (Commission File Number)  (IRS Employer Identification No.)
                2300 Oracle Way, Austin, Texas 78741
                """))).isEmpty();
        assertThat(reader.read(cover("""
                Commission File Number: 001-35992
                Oracle Corporation
                (Exact name of registrant as specified in its charter)
                """))).isEmpty();
        // Ondas' 2026 8-K/A: the telephone number broken over lines leaves "350-9994" on a line of its own.
        assertThat(reader.read(cover("""
                Nevada
                001-39761
                47-2615102
                (State or Other jurisdiction of Incorporation)
                (Commission File Number)
                (IRS Employer Identification No.)
                (
                888
                )
                350-9994
                (Registrant's telephone number, including area code)
                """))).isEmpty();
    }
}
