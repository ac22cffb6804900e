package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Registrant;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report's cover page states; any field may be null when the page does not say it.
 *
 * @param companyName  the registrant's name; on a combined filing's cover, the first registrant's (as its state,
 *                     file number and IRS number are)
 * @param registrants  every registrant a combined filing's cover lists, when it lists two or more; else empty
 */
public record CoverPage(LocalDate dateOfReport, String companyName, String stateOfIncorporation, String fileNumber,
                        String irsNumber, Address address, String phone, List<Registrant> registrants) {

    public CoverPage {
        registrants = List.copyOf(registrants);
    }

    /** The cover of a filing by one registrant. */
    public CoverPage(LocalDate dateOfReport, String companyName, String stateOfIncorporation, String fileNumber,
                     String irsNumber, Address address, String phone) {
        this(dateOfReport, companyName, stateOfIncorporation, fileNumber, irsNumber, address, phone, List.of());
    }

    /** This cover with the name, state, file and IRS numbers of one of its registrants, or none (null). */
    public CoverPage naming(Registrant registrant) {
        return registrant == null
                ? new CoverPage(dateOfReport, null, null, null, null, address, phone, registrants)
                : new CoverPage(dateOfReport, registrant.name(), registrant.stateOfIncorporation(),
                        registrant.fileNumber(), registrant.irsNumber(), address, phone, registrants);
    }
}
