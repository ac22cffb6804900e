package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;

/**
 * The cover facts of an XML form (Form D, Forms 3/4/5, 13F): the issuer's or filer's name, state of
 * incorporation, phone and address, read from their element names with {@code indexOf}. The first occurrence
 * of each element is the issuer's in these schemas.
 */
public final class XmlCoverReader {

    public CoverPage read(String text, int start, int end) {
        String name = firstOf(text, start, end, "issuerName", "entityName", "name");
        String state = firstOf(text, start, end, "jurisdictionOfInc", "stateOfIncorporation");
        String phone = firstOf(text, start, end, "issuerPhoneNumber", "phoneNumber");
        String street1 = firstOf(text, start, end, "street1");
        String street2 = firstOf(text, start, end, "street2");
        String city = firstOf(text, start, end, "city");
        String region = firstOf(text, start, end, "stateOrCountry");
        String zip = firstOf(text, start, end, "zipCode");
        Address address = street1 == null && city == null ? null : new Address(street1, street2, city, region, zip);
        String stateCode = StateNames.codeOf(state) != null ? StateNames.codeOf(state) : state;
        return new CoverPage(null, name, stateCode, null, null, address, phone);
    }

    private static String firstOf(String text, int start, int end, String... elements) {
        for (String element : elements) {
            String value = elementValue(text, start, end, element);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The text of the first {@code <element>} (any namespace prefix absent), or null. */
    private static String elementValue(String text, int start, int end, String element) {
        String open = "<" + element + ">";
        int at = text.indexOf(open, start);
        if (at < 0 || at >= end) {
            return null;
        }
        int valueStart = at + open.length();
        int close = text.indexOf('<', valueStart);
        if (close < 0 || close > end) {
            return null;
        }
        String value = text.substring(valueStart, close).strip();
        return value.isEmpty() ? null : value;
    }
}
