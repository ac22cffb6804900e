package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.parser.envelope.HeaderParty;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company from its three sources in order of trust, header, {@code dei:} facts, cover page, each filling only
 * what the ones before left empty; and the shapes its numbers and addresses come in.
 */
class CompanyFactsTest {

    private static final HeaderParty FILER = new HeaderParty("FILER", Map.of(
            SubmissionHeader.COMPANY_DATA, Map.of(
                    "COMPANY CONFORMED NAME", "HARBOR LANE HOMES INC",
                    "CENTRAL INDEX KEY", "0001000999",
                    "STANDARD INDUSTRIAL CLASSIFICATION", "SERVICES-HOME HEALTH CARE SERVICES [8082]",
                    "IRS NUMBER", "232224899",
                    "STATE OF INCORPORATION", "PA"),
            SubmissionHeader.BUSINESS_ADDRESS, Map.of("STREET 1", "2200 RENAISSANCE BLVD", "CITY", "KING OF PRUSSIA",
                    "STATE", "PA", "ZIP", "19406", "BUSINESS PHONE", "6102721799")),
            List.of(new FormerName("HARBOR LANE NURSING INC", LocalDate.of(1995, 9, 15))));
    private static final CoverPage COVER = new CoverPage(null, "Harbor Lane Homes, Inc.", "DE", "0-26999", "23-2224899",
            new Address("2200 Renaissance Boulevard", null, "King of Prussia", "PA", "19406"), "(610) 272-1799");

    @Test
    void theHeaderWinsAndTheCoverFillsWhatItLacks() {
        Company company = CompanyFacts.merge(FILER, COVER, Map.of());

        assertThat(company.name()).isEqualTo("HARBOR LANE HOMES INC");
        assertThat(company.cik()).isEqualTo("0001000999");
        assertThat(company.sic()).isEqualTo("8082");
        assertThat(company.irsNumber()).isEqualTo("23-2224899");
        assertThat(company.stateOfIncorporation()).isEqualTo("PA");
        assertThat(company.fileNumber()).as("the header has no FILING VALUES: the cover's").isEqualTo("0-26999");
        assertThat(company.businessAddress().street1()).isEqualTo("2200 RENAISSANCE BLVD");
        assertThat(company.phone()).isEqualTo("6102721799");
        assertThat(company.formerNames()).extracting(FormerName::name).containsExactly("HARBOR LANE NURSING INC");
    }

    @Test
    void withoutAHeaderTheFilersOwnDeiFactsComeBeforeTheCoverAsRead() {
        Company company = CompanyFacts.merge(null, COVER, Map.of(
                "EntityRegistrantName", "Harbor Lane Homes, Inc.",
                "EntityIncorporationStateCountryCode", "Pennsylvania",
                "EntityFileNumber", "000-26999",
                "EntityTaxIdentificationNumber", "232224899",
                "CityAreaCode", "610",
                "LocalPhoneNumber", "272-1700"));

        assertThat(company.stateOfIncorporation()).isEqualTo("PA");
        assertThat(company.fileNumber()).isEqualTo("000-26999");
        assertThat(company.irsNumber()).isEqualTo("23-2224899");
        assertThat(company.phone()).isEqualTo("610 272-1700");
        assertThat(company.businessAddress()).as("dei: gave none: the cover's").isEqualTo(COVER.address());
    }

    @Test
    void noSourceMeansNoCompany() {
        assertThat(CompanyFacts.merge(null, null, Map.of())).isNull();
    }

    @Test
    void numbersComeInTheirUsualShapesOrNotAtAll() {
        assertThat(CompanyFacts.sicCode("COMPUTER PERIPHERAL EQUIPMENT, NEC [3577]")).isEqualTo("3577");
        assertThat(CompanyFacts.sicCode("4953")).isEqualTo("4953");
        assertThat(CompanyFacts.sicCode("UNKNOWN")).isNull();
        assertThat(CompanyFacts.irsNumber("820126240")).isEqualTo("82-0126240");
        assertThat(CompanyFacts.irsNumber("82-0126240")).isEqualTo("82-0126240");
        assertThat(CompanyFacts.irsNumber("000000000")).as("the header's way of saying none").isNull();
    }

    @Test
    void coverAddressLinesBecomeStreetCityStateAndZip() {
        assertThat(CompanyFacts.address(List.of("6500 Mineral Drive", "Coeur d'Alene, Idaho   83815-8788")))
                .isEqualTo(new Address("6500 Mineral Drive", null, "Coeur d'Alene", "ID", "83815-8788"));
        assertThat(CompanyFacts.address(List.of("One Orchard Way, Suite 100, Cupertino, CA 95014")))
                .isEqualTo(new Address("One Orchard Way", "Suite 100", "Cupertino", "CA", "95014"));
    }
}
