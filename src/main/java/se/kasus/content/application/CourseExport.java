package se.kasus.content.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.DecisionPoint;
import se.kasus.content.domain.GlossaryTerm;
import se.kasus.content.domain.LegalReference;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.PassRule;
import se.kasus.content.domain.Principle;
import se.kasus.content.domain.Question;
import se.kasus.content.domain.QuestionBank;
import se.kasus.content.domain.QuizOption;

/**
 * The model written back as the documents of a {@code course-content/} folder: course.yaml, principles.yaml,
 * modules/*, cases/*, quizzes/* and glossary.yaml (when the course has one), each as a tree of ordered maps, lists, strings, numbers and booleans that
 * the folder reader reads back into the same model (keys in the order the shipped files use, empty lists,
 * nulls and a false {@code best} left out, {@code lastReviewed} always written since the schema requires it).
 * A module's pass percents are written only where they differ from course.yaml's {@code completion}, as the
 * shipped files do. The rendering is canonical, so it is also what the content hash is taken over.
 */
public final class CourseExport {

    private CourseExport() {
    }

    /** Path within the course folder (e.g. {@code cases/case-01.yaml}) to document, sorted by path. */
    public static SortedMap<String, Map<String, Object>> documents(Course course) {
        SortedMap<String, Map<String, Object>> documents = new TreeMap<>();
        documents.put("course.yaml", course(course));
        documents.put("principles.yaml", principles(course.principles()));
        for (Module module : course.modules()) {
            documents.put("modules/" + module.id().toLowerCase(Locale.ROOT) + ".yaml", module(module, course.info().completion()));
        }
        for (CaseDefinition definition : course.cases()) {
            documents.put("cases/" + definition.id() + ".yaml", caseDocument(definition));
        }
        for (QuestionBank bank : course.questionBanks()) {
            documents.put("quizzes/" + bank.id() + ".yaml", questionBank(bank));
        }
        if (!course.glossary().isEmpty()) {
            documents.put("glossary.yaml", glossary(course.glossary()));
        }
        return documents;
    }

    static Map<String, Object> course(Course course) {
        var info = course.info();
        Doc doc = new Doc().put("id", info.id()).put("title", info.title()).put("language", info.language())
                .put("summary", info.summary()).put("goal", info.goal()).put("audience", info.audience())
                .put("modules", info.modules());
        if (info.completion() != null) {
            doc.put("completion", new Doc().put("quizPercent", info.completion().quizPercent())
                    .put("casePercent", info.completion().casePercent()).map);
        }
        return doc.map;
    }

    static Map<String, Object> principles(List<Principle> principles) {
        List<Object> items = new ArrayList<>();
        for (Principle p : principles) {
            items.add(new Doc().put("code", p.code()).put("family", p.family()).put("name", p.name())
                    .put("description", p.description()).map);
        }
        return new Doc().put("principles", items).map;
    }

    static Map<String, Object> module(Module module, PassRule completion) {
        Doc doc = new Doc().put("id", module.id()).put("title", module.title()).put("introduction", module.introduction())
                .put("objectives", module.objectives()).put("keyConcepts", module.keyConcepts())
                .put("cases", module.cases()).put("quiz", module.quiz());
        if (completion == null || completion.quizPercent() != module.quizPassPercent()) {
            doc.put("quizPassPercent", module.quizPassPercent());
        }
        int courseCasePercent = completion == null ? PassRule.NO_CASE_RULE : completion.casePercent();
        if (courseCasePercent != module.casePassPercent()) {
            doc.put("casePassPercent", module.casePassPercent());
        }
        return doc.map;
    }

    static Map<String, Object> caseDocument(CaseDefinition c) {
        List<Object> steps = new ArrayList<>();
        for (DecisionPoint step : c.steps()) {
            List<Object> options = new ArrayList<>();
            for (CaseOption o : step.options()) {
                Doc option = new Doc().put("id", o.id());
                if (o.best()) {
                    option.put("best", true);
                }
                option.put("text", o.text()).put("score", o.score()).optional("honours", o.honours())
                        .optional("violates", o.violates()).optional("mixed", o.mixed()).put("feedback", o.feedback())
                        .put("consequence", o.consequence()).optional("legalReferences", o.legalReferences())
                        .put("next", o.next());
                options.add(option.map);
            }
            steps.add(new Doc().put("id", step.id()).put("situation", step.situation()).put("prompt", step.prompt())
                    .put("options", options).map);
        }
        return new Doc().put("id", c.id()).put("module", c.module()).put("title", c.title())
                .put("estimatedMinutes", c.estimatedMinutes()).put("setting", c.setting()).put("role", c.role())
                .optional("principlesInFocus", c.principlesInFocus()).put("narrative", c.narrative()).put("start", c.start())
                .optional("steps", steps).put("reflection", c.reflection())
                .optional("legalReferences", references(c.legalReferences())).map;
    }

    static Map<String, Object> questionBank(QuestionBank bank) {
        List<Object> questions = new ArrayList<>();
        for (Question q : bank.questions()) {
            List<Object> options = new ArrayList<>();
            for (QuizOption o : q.options()) {
                options.add(new Doc().put("id", o.id()).put("text", o.text()).map);
            }
            questions.add(new Doc().put("id", q.id()).put("stem", q.stem()).put("options", options)
                    .put("correct", q.correct()).put("explanation", q.explanation())
                    .put("sources", references(q.sources())).map);
        }
        return new Doc().put("id", bank.id()).put("module", bank.module()).put("questions", questions).map;
    }

    static Map<String, Object> glossary(List<GlossaryTerm> terms) {
        List<Object> items = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            List<Object> links = new ArrayList<>();
            for (GlossaryTerm.GlossaryLink link : t.links()) {
                links.add(new Doc().put("text", link.text()).put("url", link.url()).map);
            }
            items.add(new Doc().put("term", t.term()).put("definition", t.definition())
                    .optional("alsoKnownAs", t.alsoKnownAs()).optional("links", links).map);
        }
        return new Doc().put("terms", items).map;
    }

    private static List<Object> references(List<LegalReference> references) {
        List<Object> items = new ArrayList<>();
        for (LegalReference r : references) {
            Doc doc = new Doc().put("id", r.id()).put("citation", r.citation())
                    .put("status", r.status() == null ? null : r.status().name().toLowerCase(Locale.ROOT));
            doc.map.put("lastReviewed", r.lastReviewed() == null ? null : r.lastReviewed().toString());
            items.add(doc.put("note", r.note()).map);
        }
        return items;
    }

    /** An ordered document that leaves out nulls, and empty lists where the schema does not require them. */
    private static final class Doc {
        final Map<String, Object> map = new LinkedHashMap<>();

        Doc put(String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
            return this;
        }

        Doc optional(String key, List<?> value) {
            return value == null || value.isEmpty() ? this : put(key, value);
        }
    }
}
