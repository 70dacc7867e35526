package se.kasus.content.domain;

import java.util.List;
import java.util.Optional;

/**
 * A whole course as read from its folder: the unit that is validated, versioned and played. {@code glossary} is
 * empty for courses without a glossary.yaml and for versions stored before glossaries existed.
 */
public record Course(CourseInfo info, List<Principle> principles, List<Module> modules, List<CaseDefinition> cases,
                     List<QuestionBank> questionBanks, List<GlossaryTerm> glossary) {

    public Course {
        glossary = Lists.orEmpty(glossary);
        principles = Lists.orEmpty(principles);
        modules = Lists.orEmpty(modules);
        cases = Lists.orEmpty(cases);
        questionBanks = Lists.orEmpty(questionBanks);
    }

    public Course(CourseInfo info, List<Principle> principles, List<Module> modules, List<CaseDefinition> cases,
                  List<QuestionBank> questionBanks) {
        this(info, principles, modules, cases, questionBanks, List.of());
    }

    /** The glossary entry that {@code text} names (a key concept, say), if any. */
    public Optional<GlossaryTerm> glossaryTerm(String text) {
        return glossary.stream().filter(t -> t.names(text)).findFirst();
    }

    public String id() {
        return info.id();
    }

    public Optional<Module> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<CaseDefinition> caseById(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    public Optional<QuestionBank> questionBank(String bankId) {
        return questionBanks.stream().filter(b -> b.id().equals(bankId)).findFirst();
    }

    public Optional<Principle> principle(String code) {
        return principles.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Modules in the order course.yaml lists them. */
    public List<Module> orderedModules() {
        return info.modules().stream().map(this::module).flatMap(Optional::stream).toList();
    }

    public int stepCount() {
        return cases.stream().mapToInt(c -> c.steps().size()).sum();
    }

    public int questionCount() {
        return questionBanks.stream().mapToInt(b -> b.questions().size()).sum();
    }
}
