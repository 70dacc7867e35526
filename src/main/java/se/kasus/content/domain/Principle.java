package se.kasus.content.domain;

/** A principle of the course's taxonomy, with its Swedish name and description. */
public record Principle(String code, String family, String name, String description) {
}
