package se.kasus.content.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small courses built in code for unit tests. Every call returns new objects; the defaults form a
 * course that breaks no rule, so a test changes exactly the part it is about.
 */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static List<Principle> principles(String... codes) {
        return Arrays.stream(codes).map(code -> new Principle(code, "rights-based", "Princip " + code, "Beskrivning")).toList();
    }

    /** The taxonomy of the default course. */
    public static List<Principle> defaultPrinciples() {
        return principles("P-ID", "P-TA", "V-OBJ", "V-LEG");
    }

    public static OptionBuilder option(String id) {
        return new OptionBuilder(id);
    }

    public static DecisionPoint step(String id, CaseOption... options) {
        return new DecisionPoint(id, null, "Vad gör du vid " + id + "?", List.of(options));
    }

    public static LegalReference legalReference(String id) {
        return new LegalReference(id, "Källa " + id, LegalStatus.VERIFIED, null, null);
    }

    public static CaseBuilder aCase(String id) {
        return new CaseBuilder(id);
    }

    /**
     * Two decision points: dp1 (A 0 → dp2, B best 2 → dp2, C 1 → end) and dp2 (A 0 → end, B best 2 → end),
     * tagged with the default principles and citing rf-1.
     */
    public static CaseBuilder twoStepCase(String id, String module) {
        return aCase(id).module(module).start("dp1").principlesInFocus("P-ID").legalReferences("rf-1").steps(
                step("dp1",
                        option("A").score(0).violates("P-ID").next("dp2").build(),
                        option("B").score(2).best().honours("P-ID", "P-TA").legal("rf-1").next("dp2").build(),
                        option("C").score(1).mixed("V-OBJ").next("end").build()),
                step("dp2",
                        option("A").score(0).violates("P-TA").next("end").build(),
                        option("B").score(2).best().honours("V-LEG").next("end").build()));
    }

    /** One decision point: A 0 → end, B best 2 → end. */
    public static CaseBuilder oneStepCase(String id, String module) {
        return aCase(id).module(module).start("dp1").steps(
                step("dp1",
                        option("A").score(0).next("end").build(),
                        option("B").score(2).best().next("end").build()));
    }

    /** A module without a case rule (case percent 0), as content from before the rule. */
    public static Module module(String id, String quiz, int passPercent, String... caseIds) {
        return moduleWithRule(id, quiz, new PassRule(passPercent, PassRule.NO_CASE_RULE), caseIds);
    }

    public static Module moduleWithRule(String id, String quiz, PassRule rule, String... caseIds) {
        return new Module(id, "Modul " + id, "Inledning", List.of("Mål"), List.of(), List.of(caseIds), quiz,
                rule.quizPercent(), rule.casePercent());
    }

    /** A question whose options are A, B, C and D and whose key is {@code correct}. */
    public static Question question(String id, String correct) {
        return question(id, correct, "A", "B", "C", "D");
    }

    public static Question question(String id, String correct, String... optionIds) {
        List<QuizOption> options = Arrays.stream(optionIds).map(o -> new QuizOption(o, "Svar " + o)).toList();
        return new Question(id, "Fråga " + id, options, correct, "Förklaring", List.of());
    }

    public static QuestionBank bank(String id, String module, Question... questions) {
        return new QuestionBank(id, module, List.of(questions));
    }

    /** A bank of {@code count} questions, all keyed A. */
    public static QuestionBank bankOf(String id, String module, int count) {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            questions.add(question("Q1." + i, "A"));
        }
        return new QuestionBank(id, module, questions);
    }

    public static CourseInfo info(String... moduleIds) {
        return new CourseInfo("test-course", "Testkurs", "sv-SE", "Sammanfattning", "Mål", "Alla", List.of(moduleIds), null);
    }

    /** A course whose course.yaml lists exactly the given modules, in order. */
    public static Course course(List<Principle> principles, List<Module> modules, List<CaseDefinition> cases,
                                List<QuestionBank> banks) {
        return new Course(info(modules.stream().map(Module::id).toArray(String[]::new)), principles, modules, cases, banks);
    }

    /** The default principles, module M1 with the given case alone and quiz-m1 with one question. */
    public static Course courseWith(CaseDefinition definition) {
        return course(defaultPrinciples(), List.of(module("M1", "quiz-m1", 70, definition.id())), List.of(definition),
                List.of(bank("quiz-m1", "M1", question("Q1.1", "A"))));
    }

    /** A course that breaks no rule: module M1 with case-01 (two steps) and quiz-m1. */
    public static Course validCourse() {
        return courseWith(twoStepCase("case-01", "M1").build());
    }

    public static final class OptionBuilder {
        private final String id;
        private int score;
        private boolean best;
        private List<String> honours = List.of();
        private List<String> violates = List.of();
        private List<String> mixed = List.of();
        private List<String> legal = List.of();
        private String next = CaseOption.END;

        private OptionBuilder(String id) {
            this.id = id;
        }

        public OptionBuilder score(int value) {
            this.score = value;
            return this;
        }

        public OptionBuilder best() {
            this.best = true;
            return this;
        }

        public OptionBuilder honours(String... codes) {
            this.honours = List.of(codes);
            return this;
        }

        public OptionBuilder violates(String... codes) {
            this.violates = List.of(codes);
            return this;
        }

        public OptionBuilder mixed(String... codes) {
            this.mixed = List.of(codes);
            return this;
        }

        public OptionBuilder legal(String... referenceIds) {
            this.legal = List.of(referenceIds);
            return this;
        }

        public OptionBuilder next(String stepId) {
            this.next = stepId;
            return this;
        }

        public CaseOption build() {
            return new CaseOption(id, "Alternativ " + id, score, best, honours, violates, mixed, "Återkoppling " + id, null,
                    legal, next);
        }
    }

    public static final class CaseBuilder {
        private final String id;
        private String module = "M1";
        private String start = "dp1";
        private List<String> principlesInFocus = List.of();
        private List<DecisionPoint> steps = List.of();
        private List<LegalReference> legalReferences = List.of();

        private CaseBuilder(String id) {
            this.id = id;
        }

        public CaseBuilder module(String value) {
            this.module = value;
            return this;
        }

        public CaseBuilder start(String stepId) {
            this.start = stepId;
            return this;
        }

        public CaseBuilder principlesInFocus(String... codes) {
            this.principlesInFocus = List.of(codes);
            return this;
        }

        public CaseBuilder steps(DecisionPoint... points) {
            this.steps = List.of(points);
            return this;
        }

        public CaseBuilder legalReferences(String... ids) {
            this.legalReferences = Arrays.stream(ids).map(ContentFixtures::legalReference).toList();
            return this;
        }

        public CaseDefinition build() {
            return new CaseDefinition(id, module, "Fall " + id, 10, "Miljö", "Roll", principlesInFocus, "Berättelse", start,
                    steps, "Reflektion", legalReferences);
        }
    }
}
