package se.kasus.cmi5.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;
import se.kasus.xapi.validation.XapiValidator;

class Cmi5StatementsTest {

    private static final UUID REGISTRATION = UUID.fromString("6c5d2a9e-1b7f-4a2e-9d5c-3f1e8b7a6c40");
    private static final String SESSION = "sess-1";
    private static final String ACTIVITY = "https://lms.example.com/activities/au-17";
    private static final String PUBLISHER = "https://kasus.example.se/cmi5/courses/c/modules/m1/cases/case-01";
    private static final Agent LEARNER = Agent.withAccount("Anna", "https://lms.example.com", "anna-17");
    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30.250Z");

    private final Cmi5Statements statements = new Cmi5Statements(Clock.fixed(NOW, ZoneOffset.UTC));
    private final XapiValidator validator = new XapiValidator();

    private static LaunchContext launch(LaunchMode mode, Double mastery) {
        return new LaunchContext(REGISTRATION, SESSION, mode, mastery, MoveOn.COMPLETED, ACTIVITY, PUBLISHER, LEARNER);
    }

    private void assertValid(Statement statement) {
        assertThat(validator.validate(statement)).isEmpty();
        assertThat(XapiJson.parseStatement(XapiJson.write(statement)).value()).isEqualTo(statement);
    }

    private static List<String> categories(Statement statement) {
        List<Activity> category = statement.context().contextActivities().category();
        return category == null ? List.of() : category.stream().map(Activity::id).toList();
    }

    private static void assertTemplate(Statement statement) {
        assertThat(statement.context().registration()).isEqualTo(REGISTRATION.toString());
        assertThat(statement.context().contextActivities().grouping()).extracting(Activity::id).contains(PUBLISHER);
        assertThat(statement.context().extensions().get(Cmi5Statements.EXTENSION_SESSION_ID)).isEqualTo(SESSION);
        assertThat(statement.actor()).isEqualTo(LEARNER);
        assertThat(statement.timestamp()).isEqualTo("2026-12-04T10:15:30.250Z");
        assertThat(statement.id()).isNotNull();
    }

    @Test
    void initializedCarriesTheContextTemplateAndTheCmi5CategoryButNoResult() {
        Statement initialized = statements.initialized(launch(LaunchMode.NORMAL, null));

        assertValid(initialized);
        assertTemplate(initialized);
        assertThat(initialized.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/initialized");
        assertThat(initialized.object()).isEqualTo(Activity.of(ACTIVITY));
        assertThat(categories(initialized)).containsExactly(Cmi5Statements.CATEGORY_CMI5);
        assertThat(initialized.result()).isNull();
        assertThat(initialized.context().extensions().values()).containsOnlyKeys(Cmi5Statements.EXTENSION_SESSION_ID);
    }

    @Test
    void completedHasCompletionDurationAndTheMoveOnCategoryButNoSuccessOrScore() {
        Statement completed = statements.completed(launch(LaunchMode.NORMAL, null), Duration.ofSeconds(754, 123_000_000));

        assertValid(completed);
        assertTemplate(completed);
        assertThat(completed.result()).isEqualTo(Result.builder().completion(true).duration("PT12M34.12S").build());
        assertThat(categories(completed)).containsExactly(Cmi5Statements.CATEGORY_CMI5, Cmi5Statements.CATEGORY_MOVE_ON);
    }

    @Test
    void passedAndFailedCarryScaledScoreSuccessAndTheMasteryScoreExtension() {
        LaunchContext quiz = launch(LaunchMode.NORMAL, 0.8);

        Statement passed = statements.judge(quiz, 0.9, 0.5, Duration.ofMinutes(3));
        Statement failed = statements.judge(quiz, 0.7, 0.5, Duration.ofMinutes(3));

        for (Statement s : List.of(passed, failed)) {
            assertValid(s);
            assertTemplate(s);
            assertThat(categories(s)).containsExactly(Cmi5Statements.CATEGORY_CMI5, Cmi5Statements.CATEGORY_MOVE_ON);
            assertThat(s.context().extensions().get(Cmi5Statements.EXTENSION_MASTERY_SCORE)).isEqualTo(0.8);
            assertThat(s.result().completion()).isNull();
            assertThat(s.result().duration()).isEqualTo("PT3M");
        }
        assertThat(passed.verb().id()).isEqualTo(Cmi5Statements.PASSED);
        assertThat(passed.result().success()).isTrue();
        assertThat(passed.result().score().scaled()).isEqualTo(0.9);
        assertThat(failed.verb().id()).isEqualTo(Cmi5Statements.FAILED);
        assertThat(failed.result().success()).isFalse();
        assertThat(failed.result().score().scaled()).isEqualTo(0.7);
    }

    @Test
    void aScoreExactlyAtMasteryPassesAndTheFallbackCountsOnlyWithoutLmsMastery() {
        assertThat(statements.judge(launch(LaunchMode.NORMAL, 0.8), 0.8, 0.9, Duration.ZERO).verb().id())
                .isEqualTo(Cmi5Statements.PASSED);
        Statement byOwnRule = statements.judge(launch(LaunchMode.NORMAL, null), 0.8, 0.9, Duration.ZERO);
        assertThat(byOwnRule.verb().id()).isEqualTo(Cmi5Statements.FAILED);
        assertThat(byOwnRule.context().extensions().values()).doesNotContainKey(Cmi5Statements.EXTENSION_MASTERY_SCORE);
        assertThat(byOwnRule.result().duration()).isEqualTo("PT0S");
    }

    @Test
    void aScoreOnTheWrongSideOfMasteryIsRefused() {
        LaunchContext quiz = launch(LaunchMode.NORMAL, 0.8);
        assertThatThrownBy(() -> statements.passed(quiz, 0.79, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statements.failed(quiz, 0.8, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statements.passed(quiz, 1.2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void terminatedHasOnlyADuration() {
        Statement terminated = statements.terminated(launch(LaunchMode.BROWSE, null), Duration.ofHours(1).plusSeconds(5));

        assertValid(terminated);
        assertTemplate(terminated);
        assertThat(terminated.result()).isEqualTo(Result.builder().duration("PT1H5S").build());
        assertThat(categories(terminated)).containsExactly(Cmi5Statements.CATEGORY_CMI5);
    }

    @Test
    void browseAndReviewMaySendOnlyInitializedAndTerminated() {
        for (LaunchMode mode : List.of(LaunchMode.BROWSE, LaunchMode.REVIEW)) {
            assertThat(Cmi5Statements.mayIssue(mode, Cmi5Statements.INITIALIZED)).isTrue();
            assertThat(Cmi5Statements.mayIssue(mode, Cmi5Statements.TERMINATED)).isTrue();
            assertThat(Cmi5Statements.mayIssue(mode, Cmi5Statements.COMPLETED)).isFalse();
            assertThat(Cmi5Statements.mayIssue(mode, Cmi5Statements.PASSED)).isFalse();
            assertThat(Cmi5Statements.mayIssue(mode, Cmi5Statements.FAILED)).isFalse();
            LaunchContext launch = launch(mode, 0.5);
            assertThatThrownBy(() -> statements.completed(launch, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> statements.judge(launch, 0.9, 0.5, Duration.ZERO))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(Cmi5Statements.mayIssue(LaunchMode.NORMAL, Cmi5Statements.COMPLETED)).isTrue();
        assertThat(Cmi5Statements.mayIssue(LaunchMode.NORMAL, Cmi5Statements.SATISFIED)).isFalse();
        assertThat(Cmi5Statements.mayIssue(LaunchMode.NORMAL, "http://adlnet.gov/expapi/verbs/answered")).isFalse();
    }

    @Test
    void theLmsContextTemplateIsKeptAndNeverOverwritten() {
        Context template = Context.builder()
                .contextActivities(new ContextActivities(null, List.of(Activity.of(PUBLISHER)), null,
                        List.of(Activity.of("https://lms.example.com/other"))))
                .extensions(new Extensions(Map.of(Cmi5Statements.EXTENSION_SESSION_ID, SESSION,
                        "https://lms.example.com/ext/tenant", "t-9")))
                .build();
        LaunchContext launch = new LaunchContext(REGISTRATION, SESSION, LaunchMode.NORMAL, null, MoveOn.COMPLETED,
                ACTIVITY, PUBLISHER, LEARNER, template);

        Statement initialized = statements.initialized(launch);

        assertValid(initialized);
        assertTemplate(initialized);
        assertThat(initialized.context().contextActivities().grouping()).extracting(Activity::id).containsExactly(PUBLISHER);
        assertThat(initialized.context().contextActivities().other()).extracting(Activity::id)
                .containsExactly("https://lms.example.com/other");
        assertThat(initialized.context().extensions().get("https://lms.example.com/ext/tenant")).isEqualTo("t-9");
    }

    @Test
    void anAllowedStatementKeepsItsContentAndGetsRegistrationSessionAndActorWithoutCmi5Categories() {
        Statement answered = Statement.builder()
                .actor(Agent.withMbox("Anna", "mailto:anna@kasus.example.se"))
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/answered", "sv-SE", "besvarade"))
                .object(Activity.of("https://kasus.example.se/xapi/activities/case-01/step-2"))
                .result(Result.builder().response("b").success(true).build())
                .context(Context.builder()
                        .contextActivities(new ContextActivities(
                                List.of(Activity.of("https://kasus.example.se/xapi/activities/case-01")), null, null, null))
                        .extensions(Extensions.of(Cmi5Statements.EXTENSION_SESSION_ID, "forged"))
                        .build())
                .build();

        Statement allowed = statements.allowed(launch(LaunchMode.NORMAL, null), answered);

        assertValid(allowed);
        assertTemplate(allowed);
        assertThat(allowed.verb()).isEqualTo(answered.verb());
        assertThat(allowed.object()).isEqualTo(answered.object());
        assertThat(allowed.result()).isEqualTo(answered.result());
        assertThat(allowed.context().contextActivities().parent()).extracting(Activity::id)
                .containsExactly("https://kasus.example.se/xapi/activities/case-01");
        assertThat(allowed.context().contextActivities().category()).isNull();
    }

    @Test
    void anAllowedStatementMayNotPoseAsACmi5DefinedOne() {
        Statement posing = Statement.builder()
                .actor(LEARNER)
                .verb(Verb.of(Cmi5Statements.COMPLETED, "en-US", "completed"))
                .object(Activity.of(ACTIVITY))
                .context(Context.builder().contextActivities(new ContextActivities(null, null,
                        List.of(Activity.of(Cmi5Statements.CATEGORY_CMI5)), null)).build())
                .build();

        assertThatThrownBy(() -> statements.allowed(launch(LaunchMode.NORMAL, null), posing))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsAreIso8601ToHundredths() {
        assertThat(Cmi5Statements.iso(Duration.ofMillis(1_999))).isEqualTo("PT1.99S");
        assertThat(Cmi5Statements.iso(Duration.ofMinutes(61))).isEqualTo("PT1H1M");
        assertThat(Cmi5Statements.iso(Duration.ofMillis(5))).isEqualTo("PT0S");
        assertThatThrownBy(() -> Cmi5Statements.iso(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void launchModesAndMoveOnReadTheSpecificationsSpelling() {
        assertThat(LaunchMode.fromSpec("Review")).isEqualTo(LaunchMode.REVIEW);
        assertThat(MoveOn.fromSpec("CompletedOrPassed")).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
        assertThatThrownBy(() -> LaunchMode.fromSpec("normal")).isInstanceOf(IllegalArgumentException.class);
    }
}
