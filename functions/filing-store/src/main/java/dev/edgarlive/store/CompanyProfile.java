package dev.edgarlive.store;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.FormerName;

import java.time.LocalDate;
import java.util.List;

/**
 * What the latest stored filing of a company says about it.
 *
 * @param asOf       the date of the filing these facts come from
 * @param fromFiling the id of that filing
 */
public record CompanyProfile(
        String cik,
        String name,
        List<FormerName> formerNames,
        Address businessAddress,
        Address mailAddress,
        String phone,
        String stateOfIncorporation,
        String sic,
        String irsNumber,
        String fiscalYearEnd,
        String fileNumber,
        LocalDate asOf,
        String fromFiling) {

    public CompanyProfile {
        formerNames = List.copyOf(formerNames);
    }
}
