package se.kasus.xapi.validation;

/**
 * One broken rule.
 *
 * @param path JSONPath of the offending value, such as {@code $.result.score.scaled}; {@code $} for the whole
 * @param message what is wrong, in English, for the sender of the statement
 * @param spec link to the section of the specification that states the rule
 */
public record XapiViolation(String path, String message, String spec) {

    @Override
    public String toString() {
        return path + " " + message + " (" + spec + ")";
    }
}
