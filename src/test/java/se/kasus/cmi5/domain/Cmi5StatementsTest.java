package se.kasus.cmi5.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;
import se.kasus.xapi.validation.XapiValidator;

class Cmi5StatementsTest {

    private static final UUID REGISTRATION = UUID.fromString("760e3480-ba55-4991-94b0-01820dbd23a2");
    private static final String ACTIVITY = "https://lms.example.com/au/17";
    private static final String PUBLISHER = "https://kasus.example.se/cmi5/courses/c1/modules/m1/cases/case-01";
    private static final Agent ACTOR = Agent.withAccount(null, "https://lms.example.com", "1625378");
    private static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");
    private static final String LAUNCH_MODE_EXTENSION = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";

    private final XapiValidator validator = new XapiValidator();

    private static Context template(String sessionId) {
        return Context.builder()
                .contextActivities(new ContextActivities(null, List.of(Activity.of(PUBLISHER)), null, null))
                .extensions(new Extensions(Map.of(Cmi5Statements.EXTENSION_SESSION_ID, sessionId,
                        "https://lms.example.com/extensions/tenant", "t-9")))
                .build();
    }

    private static LaunchContext launch(LaunchMode mode, Double masteryScore) {
        return new LaunchContext(REGISTRATION, "session-1", mode, masteryScore, "Completed", ACTIVITY, PUBLISHER,
                ACTOR, template("session-1"));
    }

    private static List<String> categoryIds(Statement statement) {
        return statement.context().contextActivities().category().stream().map(Activity::id).toList();
    }

    @Test
    void initializedCarriesTheContextTemplateTheCmi5CategoryAndNoResult() {
        Statement statement = Cmi5Statements.initialized(launch(LaunchMode.NORMAL, null), AT);

        assertThat(validator.validate(statement)).isEmpty();
        assertThat(statement.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/initialized");
        assertThat(((Activity) statement.object()).id()).isEqualTo(ACTIVITY);
        assertThat(statement.actor()).isEqualTo(ACTOR);
        assertThat(statement.result()).isNull();
        assertThat(statement.timestamp()).isEqualTo("2026-12-04T12:00:00Z");
        assertThat(statement.context().registration()).isEqualTo(REGISTRATION.toString());
        assertThat(categoryIds(statement)).containsExactly(Cmi5Statements.CATEGORY_CMI5);
        assertThat(statement.context().contextActivities().grouping()).extracting(Activity::id).containsExactly(PUBLISHER);
        assertThat(statement.context().extensions().values())
                .containsEntry(Cmi5Statements.EXTENSION_SESSION_ID, "session-1")
                .containsEntry("https://lms.example.com/extensions/tenant", "t-9")
                .doesNotContainKey(Cmi5Statements.EXTENSION_MASTERY_SCORE)
                .doesNotContainKey(LAUNCH_MODE_EXTENSION);
    }

    @Test
    void completedHasCompletionTheDurationAndTheMoveOnCategoryButNoScoreOrSuccess() {
        Statement statement = Cmi5Statements.completed(launch(LaunchMode.NORMAL, null), AT, Duration.ofMinutes(7));

        assertThat(validator.validate(statement)).isEmpty();
        assertThat(statement.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(statement.result().completion()).isTrue();
        assertThat(statement.result().success()).isNull();
        assertThat(statement.result().score()).isNull();
        assertThat(statement.result().duration()).isEqualTo("PT7M");
        assertThat(categoryIds(statement)).containsExactly(Cmi5Statements.CATEGORY_CMI5, Cmi5Statements.CATEGORY_MOVE_ON);
    }

    @Test
    void aScaledScoreAtOrAboveTheMasteryScorePassesWithTheMasteryScoreInTheContext() {
        Statement passed = Cmi5Statements.judged(launch(LaunchMode.NORMAL, 0.8), 0.8, false, AT, Duration.ofMinutes(3));

        assertThat(validator.validate(passed)).isEmpty();
        assertThat(passed.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(passed.result().success()).isTrue();
        assertThat(passed.result().score().scaled()).isEqualTo(0.8);
        assertThat(passed.result().completion()).isNull();
        assertThat(passed.result().duration()).isEqualTo("PT3M");
        assertThat(passed.context().extensions().values()).containsEntry(Cmi5Statements.EXTENSION_MASTERY_SCORE, 0.8);
        assertThat(categoryIds(passed)).contains(Cmi5Statements.CATEGORY_MOVE_ON);
    }

    @Test
    void aScaledScoreBelowTheMasteryScoreFailsEvenWhenKasusWouldPass() {
        Statement failed = Cmi5Statements.judged(launch(LaunchMode.NORMAL, 0.8), 0.79, true, AT, Duration.ofMinutes(3));

        assertThat(validator.validate(failed)).isEmpty();
        assertThat(failed.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(failed.result().success()).isFalse();
        assertThat(failed.result().score().scaled()).isEqualTo(0.79);
        assertThat(failed.context().extensions().values()).containsEntry(Cmi5Statements.EXTENSION_MASTERY_SCORE, 0.8);
    }

    @Test
    void withoutAMasteryScoreKasussOwnRuleDecidesAndNoMasteryScoreExtensionIsWritten() {
        Statement passed = Cmi5Statements.judged(launch(LaunchMode.NORMAL, null), 0.5, true, AT, Duration.ofMinutes(1));

        assertThat(passed.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(passed.context().extensions().values()).doesNotContainKey(Cmi5Statements.EXTENSION_MASTERY_SCORE);
    }

    @Test
    void terminatedHasOnlyADuration() {
        Statement statement = Cmi5Statements.terminated(launch(LaunchMode.BROWSE, null), AT, Duration.ofSeconds(95));

        assertThat(validator.validate(statement)).isEmpty();
        assertThat(statement.result().duration()).isEqualTo("PT1M35S");
        assertThat(statement.result().completion()).isNull();
        assertThat(statement.result().success()).isNull();
        assertThat(categoryIds(statement)).containsExactly(Cmi5Statements.CATEGORY_CMI5);
    }

    @ParameterizedTest
    @EnumSource(value = LaunchMode.class, names = {"BROWSE", "REVIEW"})
    void browseAndReviewSendNoCompletionRelatedStatement(LaunchMode mode) {
        assertThat(Cmi5Statements.mayIssue(mode, Cmi5Verb.INITIALIZED)).isTrue();
        assertThat(Cmi5Statements.mayIssue(mode, Cmi5Verb.TERMINATED)).isTrue();
        assertThat(Cmi5Statements.mayIssue(mode, Cmi5Verb.COMPLETED)).isFalse();
        assertThat(Cmi5Statements.mayIssue(mode, Cmi5Verb.PASSED)).isFalse();
        assertThat(Cmi5Statements.mayIssue(mode, Cmi5Verb.FAILED)).isFalse();
        assertThatThrownBy(() -> Cmi5Statements.completed(launch(mode, null), AT, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Cmi5Statements.judged(launch(mode, 0.5), 1.0, true, AT, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void normalMayIssueEveryDefinedVerb() {
        for (Cmi5Verb verb : Cmi5Verb.values()) {
            assertThat(Cmi5Statements.mayIssue(LaunchMode.NORMAL, verb)).as(verb.name()).isTrue();
        }
    }

    @Test
    void theTemplatesSessionIdIsNeverOverwritten() {
        LaunchContext launch = new LaunchContext(REGISTRATION, "other", LaunchMode.NORMAL, null, null, ACTIVITY,
                PUBLISHER, ACTOR, template("from-lms"));

        Statement statement = Cmi5Statements.initialized(launch, AT);

        assertThat(statement.context().extensions().get(Cmi5Statements.EXTENSION_SESSION_ID)).isEqualTo("from-lms");
    }

    @Test
    void anAllowedStatementGetsTheLaunchActorRegistrationSessionAndPublisherButNotTheCmi5Category() {
        Statement own = Statement.builder()
                .id(UUID.fromString("0b6f1d5e-2a8c-4c1e-9a77-3c1f2b4d5e6f"))
                .actor(Agent.withAccount("Lärare", "https://kasus.example.se", "learner-7"))
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/answered", "en-US", "answered"))
                .object(Activity.of("https://kasus.example.se/xapi/activities/c1/case-01/decision/1"))
                .context(Context.builder().contextActivities(new ContextActivities(
                        List.of(Activity.of("https://kasus.example.se/xapi/activities/c1/case-01")), null,
                        List.of(Activity.of("https://kasus.example.se/xapi/profile")), null)).build())
                .timestamp(AT)
                .build();

        Statement allowed = Cmi5Statements.allowed(launch(LaunchMode.NORMAL, null), own);

        assertThat(validator.validate(allowed)).isEmpty();
        assertThat(allowed.id()).isEqualTo(own.id());
        assertThat(allowed.actor()).isEqualTo(ACTOR);
        assertThat(allowed.context().registration()).isEqualTo(REGISTRATION.toString());
        assertThat(allowed.context().extensions().get(Cmi5Statements.EXTENSION_SESSION_ID)).isEqualTo("session-1");
        assertThat(allowed.context().contextActivities().grouping()).extracting(Activity::id).containsExactly(PUBLISHER);
        assertThat(allowed.context().contextActivities().parent()).extracting(Activity::id)
                .containsExactly("https://kasus.example.se/xapi/activities/c1/case-01");
        assertThat(categoryIds(allowed)).containsExactly("https://kasus.example.se/xapi/profile");
    }
}
