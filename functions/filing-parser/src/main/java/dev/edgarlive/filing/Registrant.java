package dev.edgarlive.filing;

/**
 * One of the registrants of a combined filing: a parent and its subsidiaries filing one report, each listed on the
 * cover page with its own state, file number and employer identification number, and each a FILER of the header.
 * Any field may be null where neither the header nor the cover states it.
 *
 * @param cik                  the Central Index Key as the header writes it (the cover page states none)
 * @param stateOfIncorporation two-letter code ({@code DE})
 * @param fileNumber           the Commission file number ({@code 1-3526})
 * @param irsNumber            the employer identification number ({@code 58-0690070})
 */
public record Registrant(String name, String cik, String stateOfIncorporation, String fileNumber, String irsNumber) {
}
