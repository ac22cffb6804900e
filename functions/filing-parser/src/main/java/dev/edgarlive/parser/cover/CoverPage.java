package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;

import java.time.LocalDate;

/** What a report's cover page states; any field may be null when the page does not say it. */
public record CoverPage(LocalDate dateOfReport, String companyName, String stateOfIncorporation, String fileNumber,
                        String irsNumber, Address address, String phone) {
}
