package se.kasus.testsupport;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change per rule of the import (the reader's file and schema rules, {@code ContentRules}, {@code CaseGraph})
 * that breaks the shipped course in exactly that rule, as edits of its documents (path to JSON tree; a removed path
 * is a deleted file). Used by the unit test over the checks and by the authoring API test, so both break the same
 * way and expect the same rule and field.
 */
public final class ContentRuleBreakages {

    private static final String CASE = "cases/case-01.yaml";

    /**
     * @param rule  the rule's name as the checks report it
     * @param file  the file the problem names
     * @param field the field the problem names
     * @param edit  the change, on a mutable map of path to document
     */
    public record Breakage(String rule, String file, String field, Consumer<Map<String, JsonNode>> edit) {

        @Override
        public String toString() {
            return rule + " (" + file + " " + field + ")";
        }
    }

    private ContentRuleBreakages() {
    }

    public static List<Breakage> all() {
        return List.of(
                new Breakage("option-target-exists", CASE, "steps[0].options[0].next",
                        d -> option(d, 0, 0).put("next", "dp9")),
                new Breakage("start-exists", CASE, "start", d -> obj(d, CASE).put("start", "dp9")),
                new Breakage("step-reachable", CASE, "steps[2]", d -> {
                    ArrayNode steps = (ArrayNode) obj(d, CASE).get("steps");
                    ObjectNode extra = (ObjectNode) steps.get(steps.size() - 1).deepCopy();
                    extra.put("id", "dp99");
                    steps.add(extra);
                }),
                new Breakage("no-cycle", CASE, "steps", d -> {
                    ArrayNode steps = (ArrayNode) obj(d, CASE).get("steps");
                    for (JsonNode option : steps.get(steps.size() - 1).get("options")) {
                        ((ObjectNode) option).put("next", "dp1");
                    }
                }),
                new Breakage("option-count", CASE, "steps[0].options", d -> {
                    ArrayNode options = (ArrayNode) obj(d, CASE).get("steps").get(0).get("options");
                    options.remove(2);
                    options.remove(0);
                }),
                new Breakage("one-best-option", CASE, "steps[0].options", d -> option(d, 0, 0).put("best", true)),
                new Breakage("best-option-scores-highest", CASE, "steps[0].options[1].score", d -> {
                    option(d, 0, 1).put("score", 1);
                    option(d, 0, 0).put("score", 2);
                }),
                new Breakage("score-range", CASE, "steps[0].options[0].score", d -> option(d, 0, 0).put("score", 3)),
                new Breakage("principle-known", CASE, "principlesInFocus[0]",
                        d -> ((ArrayNode) obj(d, CASE).get("principlesInFocus")).set(0, "V-XYZ")),
                new Breakage("legal-reference-exists", CASE, "steps[0].options[0].legalReferences[0]",
                        d -> ((ArrayNode) option(d, 0, 0).get("legalReferences")).set(0, "finns-inte")),
                new Breakage("unique-id", CASE, "steps[0].options[1].id", d -> option(d, 0, 1).put("id", "A")),
                new Breakage("unique-id", "principles.yaml", "principles[1].code",
                        d -> ((ObjectNode) obj(d, "principles.yaml").get("principles").get(1)).put("code",
                                obj(d, "principles.yaml").get("principles").get(0).get("code").asString())),
                new Breakage("case-module-matches", CASE, "module", d -> obj(d, CASE).put("module", "M2")),
                new Breakage("case-listed", "cases/case-99.yaml", "module",
                        d -> d.put("cases/case-99.yaml", obj(d, CASE).deepCopy().put("id", "case-99"))),
                new Breakage("case-exists", "modules/m1.yaml", "cases[1]",
                        d -> ((ArrayNode) obj(d, "modules/m1.yaml").get("cases")).add("case-99")),
                new Breakage("case-in-one-module", "modules/m2.yaml", "cases[2]",
                        d -> ((ArrayNode) obj(d, "modules/m2.yaml").get("cases")).add("case-01")),
                new Breakage("module-exists", "course.yaml", "modules[6]",
                        d -> ((ArrayNode) obj(d, "course.yaml").get("modules")).add("M7")),
                new Breakage("module-listed", "modules/m6.yaml", "id",
                        d -> ((ArrayNode) obj(d, "course.yaml").get("modules")).remove(5)),
                new Breakage("quiz-exists", "modules/m1.yaml", "quiz", d -> obj(d, "modules/m1.yaml").put("quiz", "quiz-m9")),
                new Breakage("quiz-module-matches", "quizzes/quiz-m1.yaml", "module",
                        d -> obj(d, "quizzes/quiz-m1.yaml").put("module", "M2")),
                new Breakage("quiz-key-among-options", "quizzes/quiz-m1.yaml", "questions[0].correct",
                        d -> ((ObjectNode) obj(d, "quizzes/quiz-m1.yaml").get("questions").get(0)).put("correct", "F")),
                new Breakage("id-matches-file-name", CASE, "id", d -> obj(d, CASE).put("id", "case-11")),
                new Breakage("file-exists", "principles.yaml", "(file)", d -> d.remove("principles.yaml")),
                new Breakage("folder-exists", "quizzes/", "(folder)",
                        d -> d.keySet().removeIf(p -> p.startsWith("quizzes/"))),
                new Breakage("pass-rule-defined", "modules/m1.yaml", "quizPassPercent",
                        d -> obj(d, "course.yaml").remove("completion")),
                new Breakage("schema:required", CASE, "title", d -> obj(d, CASE).remove("title")));
    }

    private static ObjectNode obj(Map<String, JsonNode> documents, String path) {
        return (ObjectNode) documents.get(path);
    }

    private static ObjectNode option(Map<String, JsonNode> documents, int step, int option) {
        return (ObjectNode) obj(documents, CASE).get("steps").get(step).get("options").get(option);
    }
}
