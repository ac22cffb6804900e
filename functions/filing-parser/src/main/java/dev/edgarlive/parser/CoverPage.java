package dev.edgarlive.parser;

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
record CoverPage(String formType, LocalDate dateOfReport, String companyName, String stateOfIncorporation,
                 String fileNumber, String irsNumber, Address address, String phone, List<Registrant> registrants) {

    static final CoverPage EMPTY = new CoverPage(null, null, null, null, null, null, null, null);

    CoverPage {
        registrants = List.copyOf(registrants);
    }

    /** The cover of a filing by one registrant. */
    CoverPage(String formType, LocalDate dateOfReport, String companyName, String stateOfIncorporation,
              String fileNumber, String irsNumber, Address address, String phone) {
        this(formType, dateOfReport, companyName, stateOfIncorporation, fileNumber, irsNumber, address, phone,
                List.of());
    }

    /** This cover with the name, state, file and IRS numbers of one of its registrants, or none (null). */
    CoverPage naming(Registrant registrant) {
        return registrant == null
                ? new CoverPage(formType, dateOfReport, null, null, null, null, address, phone, registrants)
                : new CoverPage(formType, dateOfReport, registrant.name(), registrant.stateOfIncorporation(),
                        registrant.fileNumber(), registrant.irsNumber(), address, phone, registrants);
    }
}
