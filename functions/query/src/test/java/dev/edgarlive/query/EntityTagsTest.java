package dev.edgarlive.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    @Test
    void aListedTagStrongOrWeakMatches() {
        assertThat(EntityTags.matches("\"abc\"", "abc")).isTrue();
        assertThat(EntityTags.matches("W/\"abc\"", "abc")).isTrue();
        assertThat(EntityTags.matches("\"x\", \"abc\"", "abc")).isTrue();
        assertThat(EntityTags.matches("*", "abc")).isTrue();
    }

    @Test
    void anythingElseMatchesNothingAndNeverFails() {
        assertThat(EntityTags.matches(null, "abc")).isFalse();
        assertThat(EntityTags.matches("abc", "abc")).isFalse();
        assertThat(EntityTags.matches("\"", "abc")).isFalse();
        assertThat(EntityTags.matches("W/", "abc")).isFalse();
        assertThat(EntityTags.matches(",,,\"\"", "abc")).isFalse();
        assertThat(EntityTags.matches("\"abcd\"", "abc")).isFalse();
    }
}
