package se.kasus.content.domain;

import java.util.List;
import java.util.Optional;

public record QuestionBank(String id, String module, List<Question> questions) {

    public QuestionBank {
        questions = Lists.orEmpty(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
