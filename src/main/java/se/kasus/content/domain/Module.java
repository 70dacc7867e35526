package se.kasus.content.domain;

import java.util.List;

public record Module(String id, String title, String introduction, List<String> objectives, List<String> keyConcepts,
                     List<String> cases, String quiz, int quizPassPercent) {

    public Module {
        objectives = Lists.orEmpty(objectives);
        keyConcepts = Lists.orEmpty(keyConcepts);
        cases = Lists.orEmpty(cases);
    }
}
