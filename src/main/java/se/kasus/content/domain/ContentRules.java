package se.kasus.content.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of a course beyond its JSON Schema: the decision graph of every case, scores,
 * principle codes, answer keys and the references between files. Files are named after ids
 * (cases/case-01.yaml, modules/m1.yaml, quizzes/quiz-m1.yaml), which the reader enforces.
 */
public final class ContentRules {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 4;
    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 2;

    private ContentRules() {
    }

    public static final String GLOSSARY_FILE = "glossary.yaml";

    public static String caseFile(String caseId) {
        return "cases/" + caseId + ".yaml";
    }

    public static String moduleFile(String moduleId) {
        return "modules/" + moduleId.toLowerCase(java.util.Locale.ROOT) + ".yaml";
    }

    public static String quizFile(String bankId) {
        return "quizzes/" + bankId + ".yaml";
    }

    public static List<ContentProblem> check(Course course) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> principleCodes = new HashSet<>();
        for (Principle p : course.principles()) {
            principleCodes.add(p.code());
        }
        checkStructure(course, problems);
        for (CaseDefinition c : course.cases()) {
            checkCase(c, principleCodes, problems);
        }
        for (QuestionBank bank : course.questionBanks()) {
            checkQuestionBank(bank, problems);
        }
        return List.copyOf(problems);
    }

    private static void checkStructure(Course course, List<ContentProblem> problems) {
        requireUnique(course.principles(), Principle::code, "principles.yaml", "principles", "code", problems);
        requireUnique(course.glossary(), t -> t.term().strip().toLowerCase(java.util.Locale.ROOT), GLOSSARY_FILE, "terms",
                "term", problems);
        List<String> moduleIds = course.info().modules();
        for (int i = 0; i < moduleIds.size(); i++) {
            if (course.module(moduleIds.get(i)).isEmpty()) {
                problems.add(new ContentProblem("course.yaml", "modules[" + i + "]", "module-exists",
                        "no file " + moduleFile(moduleIds.get(i)) + " for module " + moduleIds.get(i)));
            }
        }
        Map<String, String> caseOwner = new HashMap<>();
        for (Module module : course.modules()) {
            String file = moduleFile(module.id());
            if (!moduleIds.contains(module.id())) {
                problems.add(new ContentProblem(file, "id", "module-listed", "module " + module.id() + " is not listed in course.yaml"));
            }
            for (int i = 0; i < module.cases().size(); i++) {
                String caseId = module.cases().get(i);
                var found = course.caseById(caseId);
                if (found.isEmpty()) {
                    problems.add(new ContentProblem(file, "cases[" + i + "]", "case-exists", "no file " + caseFile(caseId)));
                } else if (!found.get().module().equals(module.id())) {
                    problems.add(new ContentProblem(caseFile(caseId), "module", "case-module-matches",
                            "the case says module " + found.get().module() + " but is listed in " + module.id()));
                }
                if (caseOwner.putIfAbsent(caseId, module.id()) != null) {
                    problems.add(new ContentProblem(file, "cases[" + i + "]", "case-in-one-module",
                            caseId + " is already listed in module " + caseOwner.get(caseId)));
                }
            }
            var bank = course.questionBank(module.quiz());
            if (bank.isEmpty()) {
                problems.add(new ContentProblem(file, "quiz", "quiz-exists", "no file " + quizFile(module.quiz())));
            } else if (!bank.get().module().equals(module.id())) {
                problems.add(new ContentProblem(quizFile(module.quiz()), "module", "quiz-module-matches",
                        "the question bank says module " + bank.get().module() + " but belongs to " + module.id()));
            }
        }
        for (CaseDefinition c : course.cases()) {
            if (!caseOwner.containsKey(c.id())) {
                problems.add(new ContentProblem(caseFile(c.id()), "module", "case-listed",
                        c.id() + " is not listed in any module's cases"));
            }
        }
    }

    static void checkCase(CaseDefinition c, Set<String> principleCodes, List<ContentProblem> problems) {
        String file = caseFile(c.id());
        requireUnique(c.steps(), DecisionPoint::id, file, "steps", "id", problems);
        requireUnique(c.legalReferences(), LegalReference::id, file, "legalReferences", "id", problems);
        for (int i = 0; i < c.principlesInFocus().size(); i++) {
            requireKnown(c.principlesInFocus().get(i), principleCodes, file, "principlesInFocus[" + i + "]", problems);
        }
        if (c.step(c.start()).isEmpty()) {
            problems.add(new ContentProblem(file, "start", "start-exists", "the start step " + c.start() + " does not exist"));
        }
        for (int s = 0; s < c.steps().size(); s++) {
            checkDecisionPoint(c, c.steps().get(s), "steps[" + s + "]", principleCodes, problems);
        }
        new CaseGraph(c).check(file, problems);
    }

    private static void checkDecisionPoint(CaseDefinition c, DecisionPoint point, String path, Set<String> principleCodes,
                                           List<ContentProblem> problems) {
        String file = caseFile(c.id());
        int count = point.options().size();
        if (count < MIN_OPTIONS || count > MAX_OPTIONS) {
            problems.add(new ContentProblem(file, path + ".options", "option-count",
                    point.id() + " has " + count + " options; a decision point needs " + MIN_OPTIONS + "–" + MAX_OPTIONS));
        }
        requireUnique(point.options(), CaseOption::id, file, path + ".options", "id", problems);
        long best = point.options().stream().filter(CaseOption::best).count();
        if (best != 1) {
            problems.add(new ContentProblem(file, path + ".options", "one-best-option",
                    point.id() + " has " + best + " best options; exactly one must be marked best"));
        }
        for (int o = 0; o < count; o++) {
            CaseOption option = point.options().get(o);
            String optionPath = path + ".options[" + o + "]";
            if (option.score() < MIN_SCORE || option.score() > MAX_SCORE) {
                problems.add(new ContentProblem(file, optionPath + ".score", "score-range",
                        "score " + option.score() + " is outside " + MIN_SCORE + "–" + MAX_SCORE));
            }
            if (option.best() && option.score() < point.maxScore()) {
                problems.add(new ContentProblem(file, optionPath + ".score", "best-option-scores-highest",
                        "the best option scores " + option.score() + " but another option scores " + point.maxScore()));
            }
            if (!option.endsCase() && c.step(option.next()).isEmpty()) {
                problems.add(new ContentProblem(file, optionPath + ".next", "option-target-exists",
                        "leads to " + option.next() + ", which is neither a step nor end"));
            }
            checkCodes(option.honours(), optionPath + ".honours", principleCodes, file, problems);
            checkCodes(option.violates(), optionPath + ".violates", principleCodes, file, problems);
            checkCodes(option.mixed(), optionPath + ".mixed", principleCodes, file, problems);
            for (int r = 0; r < option.legalReferences().size(); r++) {
                String ref = option.legalReferences().get(r);
                if (c.legalReference(ref).isEmpty()) {
                    problems.add(new ContentProblem(file, optionPath + ".legalReferences[" + r + "]", "legal-reference-exists",
                            ref + " is not among the case's legalReferences"));
                }
            }
        }
    }

    private static void checkCodes(List<String> codes, String path, Set<String> known, String file, List<ContentProblem> problems) {
        for (int i = 0; i < codes.size(); i++) {
            requireKnown(codes.get(i), known, file, path + "[" + i + "]", problems);
        }
    }

    private static void requireKnown(String code, Set<String> known, String file, String path, List<ContentProblem> problems) {
        if (!known.contains(code)) {
            problems.add(new ContentProblem(file, path, "principle-known", code + " is not defined in principles.yaml"));
        }
    }

    static void checkQuestionBank(QuestionBank bank, List<ContentProblem> problems) {
        String file = quizFile(bank.id());
        requireUnique(bank.questions(), Question::id, file, "questions", "id", problems);
        for (int q = 0; q < bank.questions().size(); q++) {
            Question question = bank.questions().get(q);
            requireUnique(question.options(), QuizOption::id, file, "questions[" + q + "].options", "id", problems);
            if (question.option(question.correct()).isEmpty()) {
                problems.add(new ContentProblem(file, "questions[" + q + "].correct", "quiz-key-among-options",
                        question.id() + ": the key " + question.correct() + " is not one of the options"));
            }
        }
    }

    private static <T> void requireUnique(List<T> items, Function<T, String> id, String file, String path, String key,
                                          List<ContentProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                problems.add(new ContentProblem(file, path + "[" + i + "]." + key, "unique-id", "the id " + value + " is used twice"));
            }
        }
    }
}
