package se.kasus.content.api;

import java.util.List;
import se.kasus.content.application.PublishedCourse;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.GlossaryTerm;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.Principle;

/**
 * A course in the catalogue: what a learner needs to choose it, without the answers. {@code glossary} is the
 * course's ordlista; a module's key concepts name its terms (see {@link GlossaryTerm#names(String)}).
 */
public record CourseOverview(String id, String title, String summary, String goal, String audience, int version,
                             List<ModuleOverview> modules, List<Principle> principles, List<GlossaryTerm> glossary) {

    static CourseOverview of(PublishedCourse published) {
        Course course = published.course();
        List<ModuleOverview> modules = course.orderedModules().stream().map(m -> ModuleOverview.of(course, m)).toList();
        return new CourseOverview(course.id(), course.info().title(), course.info().summary(), course.info().goal(),
                course.info().audience(), published.versionNumber(), modules, course.principles(), course.glossary());
    }

    public record ModuleOverview(String id, String title, String introduction, List<String> objectives,
                                 List<String> keyConcepts, List<CaseOverview> cases, int quizQuestions, int quizPassPercent) {

        static ModuleOverview of(Course course, Module module) {
            List<CaseOverview> cases = module.cases().stream().map(course::caseById)
                    .flatMap(java.util.Optional::stream).map(CaseOverview::of).toList();
            int questions = course.questionBank(module.quiz()).map(b -> b.questions().size()).orElse(0);
            return new ModuleOverview(module.id(), module.title(), module.introduction(), module.objectives(),
                    module.keyConcepts(), cases, questions, module.quizPassPercent());
        }
    }

    public record CaseOverview(String id, String title, int estimatedMinutes, String setting, String role,
                               List<String> principlesInFocus, int decisionPoints, int maxScore) {

        static CaseOverview of(CaseDefinition c) {
            return new CaseOverview(c.id(), c.title(), c.estimatedMinutes(), c.setting(), c.role(), c.principlesInFocus(),
                    c.steps().size(), c.maxScore());
        }
    }
}
