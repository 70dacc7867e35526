package se.kasus.content.domain;

/**
 * When a module counts as complete: the best quiz attempt reaches {@code quizPercent} of the questions, and the
 * module's cases together reach {@code casePercent} of their maximum score, counting each case's best finished
 * attempt. Set for the whole course in course.yaml ({@code completion}); a module may override either number.
 */
public record PassRule(int quizPercent, int casePercent) {

    /** The case percent of content written before the rule existed: finishing every case was enough. */
    public static final int NO_CASE_RULE = 0;
}
