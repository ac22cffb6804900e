package dev.edgarlive.filing;

import java.util.List;

/**
 * The filer as the header (or, lacking one, the cover page or inline XBRL) names it.
 *
 * @param cik                  the Central Index Key, ten digits with leading zeros as EDGAR writes it
 * @param stateOfIncorporation two-letter code ({@code DE}), null when not stated
 * @param fiscalYearEnd        {@code MMDD} as the header writes it ({@code 1231})
 * @param fileNumber           the Commission file number ({@code 1-8491})
 */
public record Company(
        String name,
        String cik,
        String sic,
        String irsNumber,
        String stateOfIncorporation,
        String fiscalYearEnd,
        String fileNumber,
        Address businessAddress,
        Address mailAddress,
        String phone,
        List<FormerName> formerNames) {

    public Company {
        formerNames = List.copyOf(formerNames);
    }
}
