package se.kasus.content.domain;

/**
 * One broken rule in a course's files.
 *
 * @param file  path of the file, relative to the course folder
 * @param field path of the field inside the file, e.g. {@code steps[0].options[2].next}
 * @param rule  the rule's stable name, e.g. {@code option-target-exists}
 */
public record ContentProblem(String file, String field, String rule, String message) {

    @Override
    public String toString() {
        return file + " " + field + " [" + rule + "] " + message;
    }
}
