package dev.edgarlive.parser;

/**
 * Words that only SEC material carries, for telling a bare document (no envelope, no header) that is a filing
 * from some other text: a filing names the Commission, the Exchange Act, its form, or the SEC's own schemas.
 */
final class FilingMarkers {

    private static final String[] MARKERS = {"SECURITIES AND EXCHANGE COMMISSION", "Securities and Exchange Commission",
            "EXCHANGE COMMISSION", "Exchange Commission", "xbrl.sec.gov/dei", "www.sec.gov/edgar", "<ownershipDocument",
            "<edgarSubmission", "Commission File", "COMMISSION FILE", "Exchange Act", "EXCHANGE ACT", "FORM 8-K",
            "Form 8-K", "FORM 10-K", "Form 10-K", "FORM 10-Q", "Form 10-Q", "FORM 6-K", "FORM 20-F", "name=\"dei:"};

    private FilingMarkers() {
    }

    static boolean foundIn(String text) {
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
