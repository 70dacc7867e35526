package se.kasus.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.ContentFixtures;
import se.kasus.content.domain.Course;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.learning.domain.LearningEvent.Where;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.validation.XapiValidator;

/** Each learning event becomes a valid statement with the verb, object, result and context it should have. */
class StatementFactoryTest {

    private static final String BASE = "https://kasus.example.se/";
    private static final String REGISTRATION = "9f1c2a8e-3b7d-4c1e-9a55-0d6f7e2b4c11";
    private static final Instant AT = Instant.parse("2026-11-23T09:15:30Z");

    private final Course course = ContentFixtures.validCourse();
    private final StatementFactory factory = new StatementFactory(course, BASE, false);
    private final Agent actor = Agent.withAccount(null, BASE, "0b6e3e1c-1111-4a4a-8c8c-222233334444");
    private final XapiValidator validator = new XapiValidator();
    private final Where where = new Where("anna", "enr-1", REGISTRATION, course.id(), 7L, AT);

    @Test
    void aDecisionIsAnAnsweredChoiceInteractionWithTheOptionAsResponse() {
        Statement s = build(new LearningEvent.DecisionRecorded(where, "M1", "case-01", "dp1", "A", 0, 2, false));

        assertThat(s.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
        Activity step = (Activity) s.object();
        assertThat(step.id()).isEqualTo(BASE + "kurser/" + course.id() + "/fall/case-01/beslutspunkter/dp1");
        assertThat(step.definition().interactionType().jsonValue()).isEqualTo("choice");
        assertThat(step.definition().choices()).extracting(c -> c.id()).contains("A", "B");
        assertThat(step.definition().correctResponsesPattern()).containsExactly("B");
        assertThat(s.result().response()).isEqualTo("A");
        assertThat(s.result().success()).isFalse();
        assertThat(s.result().score().raw()).isEqualTo(0.0);
        assertThat(s.result().score().max()).isEqualTo(2.0);
        assertThat(s.context().contextActivities().parent()).extracting(Activity::id)
                .containsExactly(BASE + "kurser/" + course.id() + "/fall/case-01");
        assertThat(s.context().contextActivities().grouping()).extracting(Activity::id)
                .containsExactly(BASE + "kurser/" + course.id() + "/moduler/M1", BASE + "kurser/" + course.id());
    }

    @Test
    void everyStatementCarriesRegistrationPlatformLanguageAndThePseudonymousActor() {
        Statement s = build(new LearningEvent.CaseStarted(where, "M1", "case-01"));

        assertThat(s.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/initialized");
        assertThat(s.context().registration()).isEqualTo(REGISTRATION);
        assertThat(s.context().platform()).isEqualTo("Kasus");
        assertThat(s.context().language()).isEqualTo("sv-SE");
        assertThat(s.actor()).isEqualTo(actor);
        assertThat(s.timestamp()).isEqualTo("2026-11-23T09:15:30Z");
        assertThat(XapiJson.write(s)).doesNotContain("anna").doesNotContain("mbox");
    }

    @Test
    void aPassedQuizHasAScaledScoreAndSuccess() {
        Statement s = build(new LearningEvent.QuizFinished(where, "M1", 1, 4, 5, 70, true));

        assertThat(s.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(s.result().score().scaled()).isEqualTo(0.8);
        assertThat(s.result().success()).isTrue();
        assertThat(XapiJson.write(s)).contains("\"scaled\":0.8", "\"raw\":4", "\"max\":5");
    }

    @Test
    void aFailedQuizIsFailed() {
        Statement s = build(new LearningEvent.QuizFinished(where, "M1", 1, 3, 5, 70, false));

        assertThat(s.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(s.result().success()).isFalse();
    }

    @Test
    void theReflectionStatementLeavesOutTheTextUnlessConfigured() {
        LearningEvent event = new LearningEvent.ReflectionAnswered(where, "M1", "case-01", "Mina privata tankar");

        Statement withoutText = build(event);
        Statement withText = new StatementFactory(course, BASE, true).statement(event, actor, 7L);

        assertThat(withoutText.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/commented");
        assertThat(XapiJson.write(withoutText)).doesNotContain("Mina privata tankar");
        assertThat(withText.result().response()).isEqualTo("Mina privata tankar");
    }

    @Test
    void completedCaseModuleAndCourseHaveTheirOwnObjects() {
        Statement caseDone = build(new LearningEvent.CaseFinished(where, "M1", "case-01", 3, 4));
        Statement moduleDone = build(new LearningEvent.ModuleCompleted(where, "M1"));
        Statement courseDone = build(new LearningEvent.CourseCompleted(where));

        assertThat(List.of(caseDone, moduleDone, courseDone)).extracting(s -> s.verb().id())
                .containsOnly("http://adlnet.gov/expapi/verbs/completed");
        assertThat(((Activity) caseDone.object()).id()).endsWith("/fall/case-01");
        assertThat(caseDone.result().score().scaled()).isEqualTo(0.75);
        assertThat(((Activity) moduleDone.object()).id()).endsWith("/moduler/M1");
        assertThat(moduleDone.context().contextActivities().parent()).extracting(Activity::id)
                .containsExactly(BASE + "kurser/" + course.id());
        assertThat(((Activity) courseDone.object()).id()).isEqualTo(BASE + "kurser/" + course.id());
        assertThat(courseDone.context().contextActivities()).isNotNull();
    }

    @Test
    void aQuizAnswerIsAnAnsweredQuestionUnderTheQuiz() {
        String questionId = course.questionBanks().get(0).questions().get(0).id();
        Statement s = build(new LearningEvent.QuizQuestionAnswered(where, "M1", questionId, "A", true));

        assertThat(((Activity) s.object()).id()).endsWith("/moduler/M1/kunskapstest/fragor/" + questionId);
        assertThat(s.result().success()).isTrue();
        assertThat(s.context().contextActivities().parent()).extracting(Activity::id).containsExactly(
                BASE + "kurser/" + course.id() + "/moduler/M1/kunskapstest");
    }

    @Test
    void theStatementsOfAReplayedCaseSayWhichAttemptTheyBelongTo() {
        Statement firstStart = build(new LearningEvent.CaseStarted(where, "M1", "case-01", 1));
        Statement replayStart = build(new LearningEvent.CaseStarted(where, "M1", "case-01", 2));
        Statement replayDecision = build(new LearningEvent.DecisionRecorded(where, "M1", "case-01", "dp1", "B", 2, 2, true, 2));
        Statement replayDone = build(new LearningEvent.CaseFinished(where, "M1", "case-01", 4, 4, 2));
        Statement moduleDone = build(new LearningEvent.ModuleCompleted(where, "M1"));
        String attempt = BASE + "xapi/extensions/attempt";

        assertThat(((Activity) replayStart.object()).id()).isEqualTo(((Activity) firstStart.object()).id());
        assertThat(replayStart.context().registration()).isEqualTo(firstStart.context().registration());
        assertThat(firstStart.context().extensions().get(attempt)).isEqualTo(1L);
        assertThat(List.of(replayStart, replayDecision, replayDone))
                .allSatisfy(s -> assertThat(s.context().extensions().get(attempt)).isEqualTo(2L));
        assertThat(replayDone.context().extensions().get(BASE + "xapi/extensions/course-version")).isEqualTo(7L);
        assertThat(moduleDone.context().extensions().values()).doesNotContainKey(attempt);
        assertThat(XapiJson.write(replayDone)).contains("\"" + attempt + "\":2");
    }

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() {
        Statement s = build(new LearningEvent.CaseFinished(where, "M1", "case-01", 4, 4));

        assertThat(XapiJson.write(s)).contains("\"scaled\":1,", "\"raw\":4,").doesNotContain("4.0");
    }

    private Statement build(LearningEvent event) {
        Statement statement = factory.statement(event, actor, 7L);
        assertThat(validator.validate(statement)).as(XapiJson.write(statement)).isEmpty();
        return statement;
    }
}
