package se.kasus.content.domain;

import java.util.List;
import java.util.Optional;

/** A knowledge-check question with its answer key. The key never leaves the server before the learner answers. */
public record Question(String id, String stem, List<QuizOption> options, String correct, String explanation,
                       List<LegalReference> sources) {

    public Question {
        options = Lists.orEmpty(options);
        sources = Lists.orEmpty(sources);
    }

    public Optional<QuizOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
