package dev.edgarlive.cli;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON shape itself, on a filing built by hand, so it does not hang on what the parser finds. */
class FilingJsonTest {

    private final FilingJson json = new FilingJson(false);

    @Test
    void putsSourceFirstThenTheModelFieldsUnderTheirNamesWithIsoDatesAndNullsKept() {
        Company company = new Company("HECLA MINING CO", "0000719413", null, "820126240", "DE", "1231", "1-8491",
                new Address("6500 MINERAL DRIVE", null, "COEUR D'ALENE", "ID", "83815"), null, "2087694100",
                List.of(new FormerName("HECLA MINING CO/ID", LocalDate.of(1983, 6, 1))));
        Filing filing = new Filing("0000950134-00-009581", "8-K", false,
                LocalDate.of(2000, 11, 28), LocalDate.of(2000, 11, 17), LocalDateTime.of(2000, 11, 28, 17, 5, 12),
                company,
                List.of(new Item("5", "8.01", "Other Events", "On November 20, 2000 ...")),
                List.of(),
                List.of(new Signature("Michael B. White", "Vice President", LocalDate.of(2000, 11, 28))),
                List.of(new Document(1, "8-K", "d1.txt", null, DocumentFormat.PLAIN_TEXT, 3459)),
                List.of(ParseIssue.warning("NO_HEADER", -1, "no SEC header")));

        String line = json.write(json.filing("files/a.txt", filing, List.of()));

        assertThat(line).startsWith("{\"source\":\"files/a.txt\",\"accessionNumber\":\"0000950134-00-009581\","
                + "\"formType\":\"8-K\",\"amendment\":false,\"filedDate\":\"2000-11-28\","
                + "\"periodOfReport\":\"2000-11-17\",\"acceptedAt\":\"2000-11-28T17:05:12\",");
        assertThat(line).contains("\"sic\":null")
                .contains("\"formerNames\":[{\"name\":\"HECLA MINING CO/ID\",\"changedOn\":\"1983-06-01\"}]")
                .contains("\"items\":[{\"code\":\"5\",\"normalizedCode\":\"8.01\",\"title\":\"Other Events\",")
                .contains("\"signatures\":[{\"name\":\"Michael B. White\",\"title\":\"Vice President\",\"date\":\"2000-11-28\"}]")
                .contains("\"format\":\"PLAIN_TEXT\",\"size\":3459")
                .contains("\"warnings\":[{\"code\":\"NO_HEADER\",\"severity\":\"WARNING\",\"offset\":-1,")
                .doesNotContain("\"errors\"")
                .doesNotContain("\n");
    }

    @Test
    void keepsErrorsThatCameWithAFiling() {
        Filing filing = new Filing(null, "8-K", false, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());

        String line = json.write(json.filing("x", filing, List.of(ParseIssue.error("TRUNCATED", 10, "cut short"))));

        assertThat(line).contains("\"company\":null")
                .endsWith("\"errors\":[{\"code\":\"TRUNCATED\",\"severity\":\"ERROR\",\"offset\":10,\"message\":\"cut short\"}]}");
    }

    @Test
    void aFailureHoldsSourceAndErrorOnly() {
        String line = json.write(json.failure("b.txt", new SourceFailure("NOT_A_FILING", "no form type")));

        assertThat(line).isEqualTo("{\"source\":\"b.txt\",\"error\":{\"type\":\"NOT_A_FILING\",\"message\":\"no form type\"}}");
    }
}
