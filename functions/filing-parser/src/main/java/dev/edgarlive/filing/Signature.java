package dev.edgarlive.filing;

import java.time.LocalDate;

/** A person who signed the report, with the title and date written beside the signature. */
public record Signature(String name, String title, LocalDate date) {
}
