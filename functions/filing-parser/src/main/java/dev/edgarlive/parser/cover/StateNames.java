package dev.edgarlive.parser.cover;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** U.S. states and territories by name and by code, for "State or other jurisdiction of incorporation". */
final class StateNames {

    private static final Map<String, String> CODES_BY_NAME = new LinkedHashMap<>();
    /**
     * Compiled once: {@code String.replaceAll} compiles its pattern on every call. Tried only where a run starts
     * (the look-behind) and never given back (possessive): searched from every position of a long run of dots
     * followed by anything, the plain {@code [.,;]+$} read the rest of the run each time (a 240 KB run: 48 s).
     */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<![.,;])[.,;]++$");

    static {
        String[] pairs = {
                "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
                "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
                "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
                "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
                "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
                "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
                "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
                "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
                "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont",
                "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming",
                "PR", "Puerto Rico", "VI", "Virgin Islands", "GU", "Guam"};
        for (int i = 0; i < pairs.length; i += 2) {
            CODES_BY_NAME.put(pairs[i + 1].toLowerCase(Locale.ROOT), pairs[i]);
        }
    }

    private StateNames() {
    }

    /** The code for a state name or code written alone ("Delaware", "DE", "Del."), else null. */
    static String codeOf(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("").strip();
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (lower.startsWith("state of ")) {
            lower = lower.substring("state of ".length());
        }
        String code = CODES_BY_NAME.get(lower);
        if (code != null) {
            return code;
        }
        if (cleaned.length() == 2 && CODES_BY_NAME.containsValue(cleaned.toUpperCase(Locale.ROOT))) {
            return cleaned.toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * The first state named in a short line of several columns ("Delaware   1-8491   82-0126240"), else null.
     * Longer names are tried first so that "West Virginia" is not read as "Virginia".
     */
    static String findIn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Map.Entry<String, String> entry : CODES_BY_NAME.entrySet()) {
            String name = entry.getKey();
            int at = lower.indexOf(name);
            while (at >= 0 && !wordBoundedAt(lower, at, name.length())) {
                at = lower.indexOf(name, at + 1);
            }
            if (at >= 0 && (at < bestAt || (at == bestAt && name.length() > bestLength))) {
                if (!(name.equals("virginia") && at >= 5 && lower.startsWith("west ", at - 5))) {
                    best = entry.getValue();
                    bestAt = at;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }

    private static boolean wordBoundedAt(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + length;
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
        return before && after;
    }
}
