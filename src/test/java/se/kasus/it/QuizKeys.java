package se.kasus.it;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The answer keys, read from the course files the way a trainer wrote them. */
public final class QuizKeys {

    private QuizKeys() {
    }

    public static Map<String, String> of(String bankId) {
        Path file = Path.of(System.getProperty("kasus.course.dir", "course-content/mr-offentlig-verksamhet"))
                .resolve("quizzes").resolve(bankId + ".yaml");
        JsonNode bank = YAMLMapper.builder().build().readTree(file.toFile());
        Map<String, String> keys = new LinkedHashMap<>();
        bank.path("questions").forEach(q -> keys.put(q.path("id").asString(), q.path("correct").asString()));
        return keys;
    }

    /** Any option of the question other than the key. */
    public static String wrongAnswer(JsonNode question, String key) {
        for (JsonNode option : question.path("options")) {
            if (!option.path("id").asString().equals(key)) {
                return option.path("id").asString();
            }
        }
        throw new IllegalStateException("no wrong option");
    }
}
