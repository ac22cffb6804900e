package dev.edgarlive.filing;

/** A postal address as filed; any part may be null. */
public record Address(String street1, String street2, String city, String state, String zip) {
}
