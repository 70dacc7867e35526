package se.kasus.tracking.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.DecisionPoint;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.Question;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.learning.domain.LearningEvent.CaseFinished;
import se.kasus.learning.domain.LearningEvent.CaseStarted;
import se.kasus.learning.domain.LearningEvent.CourseCompleted;
import se.kasus.learning.domain.LearningEvent.DecisionRecorded;
import se.kasus.learning.domain.LearningEvent.ModuleCompleted;
import se.kasus.learning.domain.LearningEvent.QuizFinished;
import se.kasus.learning.domain.LearningEvent.QuizQuestionAnswered;
import se.kasus.learning.domain.LearningEvent.ReflectionAnswered;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.InteractionComponent;
import se.kasus.xapi.model.InteractionType;
import se.kasus.xapi.model.LanguageMap;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

/**
 * Turns one learning event into its xAPI statement. Pure: the course content, the actor and the
 * settings come in, a statement goes out, so every shape is unit-tested.
 */
final class StatementFactory {

    static final String PLATFORM = "Kasus";
    static final String LANGUAGE = "sv-SE";
    private static final String TYPES = "http://adlnet.gov/expapi/activities/";

    private final Course course;
    private final ActivityIris iris;
    private final boolean reflectionText;
    private final String versionExtension;
    private final String attemptExtension;

    StatementFactory(Course course, TrackingSettings settings) {
        this(course, settings.baseIri(), settings.reflectionText());
    }

    StatementFactory(Course course, String baseIri, boolean reflectionText) {
        this.course = course;
        this.iris = new ActivityIris(baseIri);
        this.reflectionText = reflectionText;
        this.versionExtension = baseIri + "xapi/extensions/course-version";
        this.attemptExtension = baseIri + "xapi/extensions/attempt";
    }

    Statement statement(LearningEvent event, Actor actor, long courseVersion) {
        Statement.Builder builder = Statement.builder()
                .actor(actor)
                .timestamp(event.where().at());
        if (event instanceof CaseStarted e) {
            return builder.verb(Verbs.INITIALIZED).object(caseActivity(e.caseId()))
                    .context(context(e, courseVersion, List.of(moduleActivity(e.moduleId())), e.moduleId())).build();
        }
        if (event instanceof DecisionRecorded e) {
            return decision(builder, e, courseVersion);
        }
        if (event instanceof CaseFinished e) {
            return builder.verb(Verbs.COMPLETED).object(caseActivity(e.caseId()))
                    .result(Result.builder().score(score(e.score(), e.maxScore())).completion(true).build())
                    .context(context(e, courseVersion, List.of(moduleActivity(e.moduleId())), e.moduleId())).build();
        }
        if (event instanceof ReflectionAnswered e) {
            return builder.verb(Verbs.COMMENTED).object(reflectionActivity(e.caseId()))
                    .result(Result.builder().completion(true).response(reflectionText ? e.text() : null).build())
                    .context(context(e, courseVersion, List.of(caseActivity(e.caseId())), e.moduleId())).build();
        }
        if (event instanceof QuizQuestionAnswered e) {
            return question(builder, e, courseVersion);
        }
        if (event instanceof QuizFinished e) {
            return builder.verb(e.passed() ? Verbs.PASSED : Verbs.FAILED).object(quizActivity(e.moduleId()))
                    .result(Result.builder().score(score(e.correct(), e.total())).success(e.passed()).completion(true).build())
                    .context(context(e, courseVersion, List.of(moduleActivity(e.moduleId())), e.moduleId())).build();
        }
        if (event instanceof ModuleCompleted e) {
            return builder.verb(Verbs.COMPLETED).object(moduleActivity(e.moduleId()))
                    .result(Result.builder().completion(true).success(true).build())
                    .context(context(e, courseVersion, List.of(courseActivity()), null)).build();
        }
        CourseCompleted e = (CourseCompleted) event;
        return builder.verb(Verbs.COMPLETED).object(courseActivity())
                .result(Result.builder().completion(true).success(true).build())
                .context(context(e, courseVersion, List.of(), null)).build();
    }

    private Statement decision(Statement.Builder builder, DecisionRecorded e, long courseVersion) {
        CaseDefinition c = course.caseById(e.caseId()).orElseThrow();
        DecisionPoint point = c.step(e.stepId()).orElseThrow();
        List<InteractionComponent> choices = point.options().stream()
                .map(o -> InteractionComponent.of(o.id(), LANGUAGE, o.text())).toList();
        String best = point.bestOption().map(CaseOption::id).orElseThrow();
        Activity step = new Activity(iris.step(course.id(), e.caseId(), e.stepId()), ActivityDefinition.builder()
                .name(LanguageMap.of(LANGUAGE, c.title() + ": " + point.prompt(),
                        "en-US", "Case " + e.caseId() + ", decision point " + e.stepId()))
                .description(LanguageMap.of(LANGUAGE, point.prompt()))
                .type(TYPES + "cmi.interaction")
                .interactionType(InteractionType.CHOICE)
                .correctResponsesPattern(List.of(best))
                .choices(choices)
                .build());
        return builder.verb(Verbs.ANSWERED).object(step)
                .result(Result.builder().response(e.optionId()).score(score(e.score(), e.maxScore())).success(e.best())
                        .build())
                .context(context(e, courseVersion, List.of(caseActivity(e.caseId())), e.moduleId()))
                .build();
    }

    private Statement question(Statement.Builder builder, QuizQuestionAnswered e, long courseVersion) {
        Module module = course.module(e.moduleId()).orElseThrow();
        Question q = course.questionBank(module.quiz()).flatMap(b -> b.question(e.questionId())).orElseThrow();
        Activity activity = new Activity(iris.question(course.id(), e.moduleId(), e.questionId()), ActivityDefinition.builder()
                .name(LanguageMap.of(LANGUAGE, "Fråga " + q.id(), "en-US", "Question " + q.id()))
                .description(LanguageMap.of(LANGUAGE, q.stem()))
                .type(TYPES + "cmi.interaction")
                .interactionType(InteractionType.CHOICE)
                .correctResponsesPattern(List.of(q.correct()))
                .choices(q.options().stream().map(o -> InteractionComponent.of(o.id(), LANGUAGE, o.text())).toList())
                .build());
        return builder.verb(Verbs.ANSWERED).object(activity)
                .result(Result.builder().response(e.optionId()).success(e.correct()).score(score(e.correct() ? 1 : 0, 1))
                        .build())
                .context(context(e, courseVersion, List.of(quizActivity(e.moduleId())), e.moduleId()))
                .build();
    }

    /**
     * parent = the activity one level up; grouping = the module (when it is not the parent) and the
     * course; nothing for the course itself.
     */
    private Context context(LearningEvent e, long courseVersion, List<Activity> parent, String moduleId) {
        List<Activity> grouping;
        if (parent.isEmpty()) {
            grouping = List.of();
        } else if (moduleId != null && parent.stream().noneMatch(a -> a.id().equals(iris.module(course.id(), moduleId)))) {
            grouping = List.of(moduleActivity(moduleId), courseActivity());
        } else {
            grouping = List.of(courseActivity());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(versionExtension, courseVersion);
        attemptNumber(e).ifPresent(number -> extensions.put(attemptExtension, (long) number));
        return Context.builder()
                .registration(e.where().registration())
                .contextActivities(new ContextActivities(parent.isEmpty() ? null : parent,
                        grouping.isEmpty() ? null : grouping, null, null))
                .platform(PLATFORM)
                .language(LANGUAGE)
                .extensions(new Extensions(extensions))
                .build();
    }

    /**
     * Which play of a case (1, 2 …) or which quiz attempt a statement belongs to. The registration groups the whole
     * enrolment and the activity is the same for every replay of a case, so without it the statements of a second
     * attempt could not be told from the first's.
     */
    private static OptionalInt attemptNumber(LearningEvent event) {
        if (event instanceof CaseStarted e) {
            return OptionalInt.of(e.attemptNumber());
        }
        if (event instanceof DecisionRecorded e) {
            return OptionalInt.of(e.attemptNumber());
        }
        if (event instanceof CaseFinished e) {
            return OptionalInt.of(e.attemptNumber());
        }
        if (event instanceof ReflectionAnswered e) {
            return OptionalInt.of(e.attemptNumber());
        }
        if (event instanceof QuizFinished e) {
            return OptionalInt.of(e.attemptNumber());
        }
        return OptionalInt.empty();
    }

    private static Score score(int raw, int max) {
        return new Score(max == 0 ? 0.0 : (double) raw / max, (double) raw, 0.0, (double) max);
    }

    private Activity courseActivity() {
        return new Activity(iris.course(course.id()), definition(course.info().title(), "Course " + course.id(), "course"));
    }

    private Activity moduleActivity(String moduleId) {
        Module module = course.module(moduleId).orElseThrow();
        return new Activity(iris.module(course.id(), moduleId),
                definition(module.id() + ": " + module.title(), "Module " + module.id(), "module"));
    }

    private Activity caseActivity(String caseId) {
        CaseDefinition c = course.caseById(caseId).orElseThrow();
        return new Activity(iris.caseActivity(course.id(), caseId), definition(c.title(), "Case " + c.id(), "simulation"));
    }

    private Activity reflectionActivity(String caseId) {
        CaseDefinition c = course.caseById(caseId).orElseThrow();
        return new Activity(iris.reflection(course.id(), caseId), ActivityDefinition.builder()
                .name(LanguageMap.of(LANGUAGE, "Reflektion: " + c.title(), "en-US", "Reflection on case " + c.id()))
                .description(LanguageMap.of(LANGUAGE, c.reflection()))
                .type(TYPES + "cmi.interaction")
                .interactionType(InteractionType.LONG_FILL_IN)
                .build());
    }

    private Activity quizActivity(String moduleId) {
        Module module = course.module(moduleId).orElseThrow();
        return new Activity(iris.quiz(course.id(), moduleId),
                definition("Kunskapstest " + module.id(), "Knowledge check " + module.id(), "assessment"));
    }

    private static ActivityDefinition definition(String swedish, String english, String type) {
        return ActivityDefinition.builder().name(LanguageMap.of(LANGUAGE, swedish, "en-US", english)).type(TYPES + type).build();
    }
}
