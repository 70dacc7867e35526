package se.kasus.content.domain;

import java.util.List;

/**
 * A module as played. {@code quizPassPercent} and {@code casePassPercent} are its pass rule, resolved at import
 * from course.yaml's {@code completion} and the module's own overrides (see {@link PassRule}); a version stored
 * before the case rule existed reads with {@code casePassPercent} 0, so it keeps the rule it was played with.
 */
public record Module(String id, String title, String introduction, List<String> objectives, List<String> keyConcepts,
                     List<String> cases, String quiz, int quizPassPercent, int casePassPercent) {

    public Module {
        objectives = Lists.orEmpty(objectives);
        keyConcepts = Lists.orEmpty(keyConcepts);
        cases = Lists.orEmpty(cases);
    }

    public PassRule passRule() {
        return new PassRule(quizPassPercent, casePassPercent);
    }
}
