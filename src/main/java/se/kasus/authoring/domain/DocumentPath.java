package se.kasus.authoring.domain;

import java.util.regex.Pattern;
import se.kasus.shared.domain.InvalidInputException;

/**
 * The path of one document in a draft, exactly as in a {@code course-content/} folder: course.yaml,
 * principles.yaml, glossary.yaml, or a file named by its id in modules/, cases/ or quizzes/.
 */
public record DocumentPath(String value) {

    private static final Pattern VALID = Pattern.compile(
            "course\\.yaml|principles\\.yaml|glossary\\.yaml|(modules|cases|quizzes)/[A-Za-z0-9][A-Za-z0-9_-]{0,99}\\.yaml");

    public DocumentPath {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("document-path-invalid", "Sökvägen " + printable(value) + " är inte ett dokument"
                    + " i en kurs. Tillåtna är course.yaml, principles.yaml, glossary.yaml och modules/, cases/ eller"
                    + " quizzes/ följt av ett id och .yaml.");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** What the document is: course, principles, glossary, module, case or quiz. */
    public String kind() {
        return switch (value.contains("/") ? value.substring(0, value.indexOf('/')) : value) {
            case "modules" -> "module";
            case "cases" -> "case";
            case "quizzes" -> "quiz";
            default -> value.substring(0, value.indexOf('.'));
        };
    }

    private static String printable(String value) {
        if (value == null) {
            return "(ingen)";
        }
        String shown = value.length() > 120 ? value.substring(0, 120) + "…" : value;
        return shown.replaceAll("[^\\x20-\\x7E\\u00C0-\\u00FF]", "?");
    }

    @Override
    public String toString() {
        return value;
    }
}
