package dev.edgarlive.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "2024-02-30",
            "2024-13-01", "2024-1-1", "20240101", "2024-01-01T00:00:00Z", "٢٠٢٤-٠١-٠١", "２０２４-０１-０１"})
    void aDateOutsideYears0001To9999OrNotWrittenYyyyMmDdIsA400NamingIt(String value) {
        assertThatThrownBy(() -> QueryParameters.date("from", value)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.toProblem(null).parameter()).isEqualTo("from");
                });
    }

    @Test
    void theFirstAndLastServedDaysAreAccepted() {
        assertThat(QueryParameters.date("to", "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(QueryParameters.date("to", " 9999-12-31 ")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "501", "2147483648", "٥", "５", "1e3", "0x10", "5.0", "+5", "99999"})
    void aLimitThatIsNotAnAsciiNumberFrom1To500IsA400(String value) {
        assertThatThrownBy(() -> QueryParameters.limit(value)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.toProblem(null).parameter()).isEqualTo("limit"));
    }

    @Test
    void aLimitIsReadWithoutItsSpaces() {
        assertThat(QueryParameters.limit(" 500 ")).isEqualTo(500);
        assertThat(QueryParameters.limit("007")).isEqualTo(7);
        assertThat(QueryParameters.limit(null)).isEqualTo(50);
    }
}
