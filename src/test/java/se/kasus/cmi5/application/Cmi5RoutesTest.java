package se.kasus.cmi5.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchMode;
import se.kasus.cmi5.domain.LaunchSession;
import se.kasus.cmi5.domain.LaunchSessionRepository;
import se.kasus.cmi5.domain.LaunchState;
import se.kasus.cmi5.domain.MoveOn;
import se.kasus.identity.application.AccountView;
import se.kasus.identity.application.TransactionAccounts;
import se.kasus.identity.domain.Role;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.tracking.application.StatementRoutes.Routed;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

/** Which learning events go to the LMS's LRS of a launch, as what (cmi5 9.3, 10.0 launchMode). */
class Cmi5RoutesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String ACCOUNT = "acc-1";
    private static final String AU = "https://kasus.example.se/cmi5/courses/c/modules/M1/cases/case-01";
    private static final String QUIZ_AU = "https://kasus.example.se/cmi5/courses/c/modules/M1/quiz";
    private static final LearningEvent.Where WHERE = new LearningEvent.Where("lms-abc", "e-1", "r-1", "c", 1L, NOW);

    private final List<LaunchSession> stored = new ArrayList<>();
    private final Cmi5Routes routes = new Cmi5Routes();

    @BeforeEach
    void setUp() {
        routes.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routes.accounts = new TransactionAccounts() {
            @Override
            public AccountView byUsername(String username) {
                return new AccountView(ACCOUNT, username, "Lena", null, Set.of(Role.LEARNER), NOW, true, false, null, null);
            }
        };
        routes.sessions = new LaunchSessionRepository() {
            @Override
            public void add(LaunchSession session) {
                stored.add(session);
            }

            @Override
            public Optional<LaunchSession> find(String id) {
                return stored.stream().filter(s -> s.id().equals(id)).findFirst();
            }

            @Override
            public List<LaunchSession> openSessionsOf(String accountId) {
                return stored.stream().filter(s -> s.accountId().equals(accountId) && s.isOpen())
                        .sorted(Comparator.comparing(LaunchSession::startedAt).reversed()).toList();
            }

            @Override
            public boolean registrationReached(String registration, String activityId, LaunchState state) {
                return stored.stream().anyMatch(s -> s.registration().equals(registration)
                        && s.activityId().equals(activityId) && s.outcome().filter(o -> o == state).isPresent());
            }
        };
    }

    private LaunchSession launch(LaunchMode mode, Double mastery, String caseId, UUID registration) {
        String au = caseId == null ? QUIZ_AU : AU;
        LaunchContext context = new LaunchContext(registration, UUID.randomUUID().toString(), mode, mastery,
                caseId == null ? MoveOn.PASSED : MoveOn.COMPLETED, au, au,
                Agent.withAccount("Lena", "https://lms.example.org", "lena-1"));
        LaunchSession session = new LaunchSession(context, "https://lms.example.org/xapi/", "secret-token", null,
                XapiJson.write(context.actor()), LaunchSessions.templateJson(context), ACCOUNT, "c", "M1", caseId,
                NOW.minusSeconds(60));
        stored.add(session);
        return session;
    }

    private static Statement kasus(String verb) {
        return Statement.builder().id(UUID.randomUUID()).actor(Agent.withAccount(null, "https://kasus.example.se/", "acc-1"))
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/" + verb, "en-US", verb))
                .object(Activity.of("https://kasus.example.se/xapi/activities/step")).build();
    }

    private static List<String> verbs(List<Routed> routed) {
        return routed.stream().map(r -> r.statement().verb().id().replace("http://adlnet.gov/expapi/verbs/", "")).toList();
    }

    @Test
    void aDecisionGoesAsAnAllowedStatementOfTheSessionAndTheFinishedCaseAsCompletedOnce() {
        LaunchSession session = launch(LaunchMode.NORMAL, null, "case-01", UUID.randomUUID());
        Statement own = kasus("answered");

        List<Routed> decision = routes.routes(new LearningEvent.DecisionRecorded(WHERE, "M1", "case-01", "dp1", "C", 1, 2,
                false), own);
        List<Routed> finished = routes.routes(new LearningEvent.CaseFinished(WHERE, "M1", "case-01", 3, 4), own);

        assertThat(decision).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("cmi5:" + session.id());
            assertThat(r.statement().id()).isNotEqualTo(own.id());
            assertThat(r.statement().actor()).isEqualTo(Agent.withAccount("Lena", "https://lms.example.org", "lena-1"));
            assertThat(r.statement().context().registration()).isEqualTo(session.registration());
        });
        assertThat(verbs(finished)).containsExactly("completed");
        assertThat(session.outcome()).contains(LaunchState.COMPLETED);

        LaunchSession again = launch(LaunchMode.NORMAL, null, "case-01", UUID.fromString(session.registration()));
        session.terminate(NOW);
        assertThat(routes.routes(new LearningEvent.CaseFinished(WHERE, "M1", "case-01", 4, 4, 2), own)).isEmpty();
        assertThat(again.outcome()).isEmpty();
    }

    @Test
    void browseAndReviewSendNoCompletedPassedOrFailedButTheAnswers() {
        launch(LaunchMode.BROWSE, null, "case-01", UUID.randomUUID());
        assertThat(routes.routes(new LearningEvent.CaseFinished(WHERE, "M1", "case-01", 4, 4), kasus("completed"))).isEmpty();
        assertThat(verbs(routes.routes(new LearningEvent.DecisionRecorded(WHERE, "M1", "case-01", "dp1", "B", 2, 2, true),
                kasus("answered")))).containsExactly("answered");

        launch(LaunchMode.REVIEW, 0.5, null, UUID.randomUUID());
        assertThat(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 1, 5, 5, 70, true), kasus("passed"))).isEmpty();
    }

    @Test
    void theQuizIsJudgedByTheLmsMasteryScoreAndWithoutOneByKasusOwnRule() {
        launch(LaunchMode.NORMAL, 0.9, null, UUID.randomUUID());
        List<Routed> failed = routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 1, 4, 5, 70, true), kasus("passed"));
        assertThat(verbs(failed)).containsExactly("failed");
        assertThat(failed.get(0).statement().result().score().scaled()).isEqualTo(0.8);
        assertThat(failed.get(0).statement().context().extensions().get(Cmi5Statements.EXTENSION_MASTERY_SCORE))
                .isEqualTo(0.9);
        stored.forEach(s -> s.terminate(NOW));

        launch(LaunchMode.NORMAL, null, null, UUID.randomUUID());
        List<Routed> passed = routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 1, 4, 5, 70, true), kasus("passed"));
        assertThat(verbs(passed)).containsExactly("passed");
        assertThat(passed.get(0).statement().result().success()).isTrue();
        assertThat(passed.get(0).statement().context().extensions().values())
                .doesNotContainKey(Cmi5Statements.EXTENSION_MASTERY_SCORE);
    }

    @Test
    void oneOfPassedAndFailedPerSessionAndNothingAfterTheRegistrationsPassed() {
        UUID registration = UUID.randomUUID();
        launch(LaunchMode.NORMAL, 0.8, null, registration);
        assertThat(verbs(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 1, 2, 5, 70, false), kasus("failed"))))
                .containsExactly("failed");
        assertThat(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 2, 5, 5, 70, true), kasus("passed"))).isEmpty();
        stored.forEach(s -> s.terminate(NOW));

        launch(LaunchMode.NORMAL, 0.8, null, registration);
        assertThat(verbs(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 3, 5, 5, 70, true), kasus("passed"))))
                .containsExactly("passed");
        stored.forEach(s -> s.terminate(NOW));

        launch(LaunchMode.NORMAL, 0.8, null, registration);
        assertThat(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 4, 1, 5, 70, false), kasus("failed"))).isEmpty();
        assertThat(routes.routes(new LearningEvent.QuizFinished(WHERE, "M1", 5, 5, 5, 70, true), kasus("passed"))).isEmpty();
    }

    @Test
    void eventsOfAnotherCaseOrModuleOrOfKasusOwnCompletionGoNowhere() {
        launch(LaunchMode.NORMAL, null, "case-01", UUID.randomUUID());
        assertThat(routes.routes(new LearningEvent.DecisionRecorded(WHERE, "M1", "case-02", "dp1", "A", 0, 2, false),
                kasus("answered"))).isEmpty();
        assertThat(routes.routes(new LearningEvent.QuizQuestionAnswered(WHERE, "M1", "q1", "A", true), kasus("answered")))
                .isEmpty();
        assertThat(routes.routes(new LearningEvent.ModuleCompleted(WHERE, "M1"), kasus("completed"))).isEmpty();
        assertThat(routes.routes(new LearningEvent.CaseStarted(WHERE, "M1", "case-01"), kasus("initialized"))).isEmpty();
    }
}
