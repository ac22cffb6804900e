package dev.edgarlive.filing;

import java.time.LocalDate;

/** A name the company filed under before, and the date it stopped using it. */
public record FormerName(String name, LocalDate changedOn) {
}
