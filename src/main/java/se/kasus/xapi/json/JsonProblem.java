package se.kasus.xapi.json;

/**
 * Something in the JSON that the model cannot hold: an unknown or forbidden property, a null, or a value of the
 * wrong JSON type.
 *
 * @param path JSONPath of the offending value, such as {@code $.result.score.raw}
 * @param message what is wrong, in English
 * @param spec link to the specification section that the JSON breaks
 */
public record JsonProblem(String path, String message, String spec) {
}
