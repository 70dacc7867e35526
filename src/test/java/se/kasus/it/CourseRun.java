package se.kasus.it;

import java.util.Map;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Plays a learner through the whole course over the API: every case of every module to its end along the best
 * path (the course's case rule counts points since issue 9), and every knowledge check with the right answers, except the very last answer,
 * which the test sends itself (to complete the course the way it wants: twice at once, in a browser).
 */
public final class CourseRun {

    private final KasusApi api;
    private final Credentials learner;

    public CourseRun(KasusApi api, Credentials learner) {
        this.api = api;
        this.learner = learner;
    }

    /** The answer that completes the course when it is sent. */
    public record LastAnswer(String enrollmentId, String quizAttemptId, String questionId, String optionId) {

        public String path() {
            return "/api/quiz-attempts/" + quizAttemptId + "/answers";
        }

        public String body() {
            return "{\"questionId\":\"" + questionId + "\",\"optionId\":\"" + optionId + "\"}";
        }
    }

    /** Everything but the last answer of the last module's knowledge check. */
    public LastAnswer allButTheLastAnswer() {
        String enrollment = api.enroll(learner);
        JsonNode modules = api.get("api/enrollments/" + enrollment, learner).json().path("modules");
        LastAnswer last = null;
        for (int m = 0; m < modules.size(); m++) {
            JsonNode module = modules.get(m);
            for (JsonNode c : module.path("cases")) {
                playCase(enrollment, c.path("caseId").asString());
            }
            last = quiz(enrollment, module.path("moduleId").asString(), m == modules.size() - 1);
        }
        return last;
    }

    /** The whole course. */
    public String complete() {
        LastAnswer last = allButTheLastAnswer();
        Reply reply = api.post(last.path().substring(1), learner, last.body());
        if (reply.status() != 200) {
            throw new IllegalStateException("the last answer was refused: " + reply);
        }
        return last.enrollmentId();
    }

    private void playCase(String enrollment, String caseId) {
        String attemptId = api.startCase(learner, enrollment, caseId);
        Map<String, String> best = bestOptions(caseId);
        JsonNode attempt = api.get("api/attempts/" + attemptId, learner).json();
        while (!attempt.path("finished").asBoolean()) {
            JsonNode step = attempt.path("currentStep");
            Reply reply = api.decide(learner, attemptId, step.path("id").asString(), best.get(step.path("id").asString()));
            if (reply.status() != 200) {
                throw new IllegalStateException("decision refused: " + reply);
            }
            attempt = api.get("api/attempts/" + attemptId, learner).json();
        }
    }

    /** The best option of each decision point of the case, read from the course file. */
    public static Map<String, String> bestOptions(String caseId) {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("kasus.course.dir",
                "course-content/mr-offentlig-verksamhet")).resolve("cases").resolve(caseId + ".yaml");
        JsonNode definition = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(file.toFile());
        Map<String, String> best = new java.util.LinkedHashMap<>();
        for (JsonNode step : definition.path("steps")) {
            for (JsonNode option : step.path("options")) {
                if (option.path("best").asBoolean()) {
                    best.put(step.path("id").asString(), option.path("id").asString());
                }
            }
        }
        return best;
    }

    private LastAnswer quiz(String enrollment, String moduleId, boolean holdLast) {
        Map<String, String> keys = QuizKeys.of("quiz-" + moduleId.toLowerCase(java.util.Locale.ROOT));
        JsonNode quiz = api.post("api/enrollments/" + enrollment + "/modules/" + moduleId + "/quiz", learner, "").json();
        String quizId = quiz.path("quizAttemptId").asString();
        JsonNode questions = quiz.path("questions");
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).path("id").asString();
            if (holdLast && i == questions.size() - 1) {
                return new LastAnswer(enrollment, quizId, id, keys.get(id));
            }
            Reply reply = api.post("api/quiz-attempts/" + quizId + "/answers", learner,
                    "{\"questionId\":\"" + id + "\",\"optionId\":\"" + keys.get(id) + "\"}");
            if (reply.status() != 200) {
                throw new IllegalStateException("answer refused: " + reply);
            }
        }
        return null;
    }
}
