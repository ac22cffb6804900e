package dev.edgarlive.parser.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as headers and cover pages write them, from the corpus's 1990s text filings to today's HTML. */
class DateTextTest {

    @Test
    void headerDatesAreEightDigits() {
        assertThat(DateText.compact("19970127")).isEqualTo(LocalDate.of(1997, 1, 27));
        assertThat(DateText.compact(" 20250108 ")).isEqualTo(LocalDate.of(2025, 1, 8));
    }

    @Test
    void aHeaderDateThatIsNoDateIsNull() {
        assertThat(DateText.compact(null)).isNull();
        assertThat(DateText.compact("1997012")).isNull();
        assertThat(DateText.compact("1997-01-27")).isNull();
        assertThat(DateText.compact("19970231")).as("February 31st").isNull();
        assertThat(DateText.compact("00000000")).isNull();
    }

    @Test
    void theAcceptanceDateTimeKeepsItsTimeOfDay() {
        assertThat(DateText.compactDateTime("20011023141516")).isEqualTo(LocalDateTime.of(2001, 10, 23, 14, 15, 16));
        assertThat(DateText.compactDateTime("20011023")).as("a date alone").isEqualTo(LocalDateTime.of(2001, 10, 23, 0, 0));
        assertThat(DateText.compactDateTime("20011023256199")).as("no time of day").isEqualTo(LocalDateTime.of(2001, 10, 23, 0, 0));
        assertThat(DateText.compactDateTime("2001")).isNull();
    }

    @Test
    void coverPagesWriteTheMonthInFullAbbreviatedOrAfterTheDay() {
        assertThat(DateText.find("Date of Report (Date of earliest event reported)  January 10, 1997"))
                .isEqualTo(LocalDate.of(1997, 1, 10));
        assertThat(DateText.find("Date of Report: Nov. 17, 2000")).isEqualTo(LocalDate.of(2000, 11, 17));
        assertThat(DateText.find("Sept 3rd, 2019")).isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(DateText.find("MARCH 1,2004")).isEqualTo(LocalDate.of(2004, 3, 1));
        assertThat(DateText.find("signed this 17th day of November, 2000")).isEqualTo(LocalDate.of(2000, 11, 17));
        assertThat(DateText.find("17 November 2000")).isEqualTo(LocalDate.of(2000, 11, 17));
    }

    @Test
    void numericDatesAreMonthFirstAndTwoDigitYearsFallEitherSideOf1950() {
        assertThat(DateText.find("Date: 11/17/2000")).isEqualTo(LocalDate.of(2000, 11, 17));
        assertThat(DateText.find("Dated 1/5/97")).isEqualTo(LocalDate.of(1997, 1, 5));
        assertThat(DateText.find("Dated 1/5/03")).isEqualTo(LocalDate.of(2003, 1, 5));
        assertThat(DateText.find("<dei:DocumentPeriodEndDate>2024-09-28")).isEqualTo(LocalDate.of(2024, 9, 28));
    }

    @Test
    void theFirstDateOfALineWins() {
        assertThat(DateText.find("On February 3, 2010, effective as of January 1, 2010"))
                .isEqualTo(LocalDate.of(2010, 2, 3));
    }

    @Test
    void textWithoutADateGivesNull() {
        assertThat(DateText.find(null)).isNull();
        assertThat(DateText.find("")).isNull();
        assertThat(DateText.find("Commission File Number 1-8491")).isNull();
        assertThat(DateText.find("(State or other jurisdiction of incorporation)")).isNull();
        assertThat(DateText.find("February 30, 2010")).as("no such day").isNull();
        assertThat(DateText.find("May 2010")).as("no day").isNull();
    }

    @Test
    void onlyTheStartOfAVeryLongLineIsSearched() {
        String longLine = "x".repeat(500) + " January 10, 1997";
        assertThat(DateText.find(longLine)).isNull();
        assertThat(DateText.find("January 10, 1997 " + "x".repeat(500))).isEqualTo(LocalDate.of(1997, 1, 10));
    }
}
