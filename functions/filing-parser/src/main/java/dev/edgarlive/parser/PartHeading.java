package dev.edgarlive.parser;

/** "PART I", "Part II - Other Information": the part a 10-Q's following items belong to. */
final class PartHeading {

    private PartHeading() {
    }

    /** The roman numeral of a part heading starting at p, or null when the line is not one. */
    static String partNamedAt(String text, int p, int end) {
        if (end - p < 6 || !text.regionMatches(true, p, "part", 0, 4)) {
            return null;
        }
        int q = p + 4;
        if (q >= end || text.charAt(q) != ' ') {
            return null;
        }
        while (q < end && text.charAt(q) == ' ') {
            q++;
        }
        int numeralStart = q;
        while (q < end && "IVXivx".indexOf(text.charAt(q)) >= 0) {
            q++;
        }
        if (q == numeralStart || q - numeralStart > 4 || (q < end && Character.isLetterOrDigit(text.charAt(q)))) {
            return null;
        }
        return text.substring(numeralStart, q).toUpperCase();
    }
}
