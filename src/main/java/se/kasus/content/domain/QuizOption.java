package se.kasus.content.domain;

public record QuizOption(String id, String text) {
}
