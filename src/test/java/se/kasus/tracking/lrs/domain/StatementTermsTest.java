package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.Verb;

class StatementTermsTest {

    private static final Agent ANNA = Agent.withMbox(null, "mailto:anna@example.se");
    private static final Agent BO = Agent.withMbox(null, "mailto:bo@EXAMPLE.se");
    private static final Agent LRS = Agent.withAccount(null, "https://kasus.example", "lrs");
    private static final Verb ANSWERED = new Verb("http://adlnet.gov/expapi/verbs/answered", null);
    private static final String REGISTRATION = "0F5E2A3B-1C4D-4E5F-8A9B-0C1D2E3F4A5B";

    private static Term direct(TermKind kind, String key) {
        return new Term(kind, key, true);
    }

    private static Term related(TermKind kind, String key) {
        return new Term(kind, key, false);
    }

    private static String key(Agent agent) {
        return ActorKey.of(agent).orElseThrow();
    }

    @Test
    void actorObjectVerbAndRegistrationAreDirectContextAndAuthorityRelated() {
        Statement statement = Statement.builder().actor(ANNA).verb(ANSWERED).object(Activity.of("http://k/case"))
                .authority(LRS)
                .context(Context.builder().registration(REGISTRATION).instructor(BO)
                        .contextActivities(new ContextActivities(List.of(Activity.of("http://k/module")), null,
                                List.of(Activity.of("http://k/profile")), null)).build())
                .build();

        assertThat(StatementTerms.of(statement)).containsExactlyInAnyOrder(
                direct(TermKind.VERB, ANSWERED.id()), direct(TermKind.REGISTRATION, REGISTRATION.toLowerCase()),
                direct(TermKind.AGENT, key(ANNA)), direct(TermKind.ACTIVITY, "http://k/case"),
                related(TermKind.AGENT, key(LRS)), related(TermKind.AGENT, key(BO)),
                related(TermKind.ACTIVITY, "http://k/module"), related(TermKind.ACTIVITY, "http://k/profile"));
    }

    @Test
    void membersOfAGroupActorMatchTheAgentFilter() {
        Statement statement = Statement.builder().actor(Group.anonymous("Team", List.of(ANNA, BO))).verb(ANSWERED)
                .object(Activity.of("http://k/case")).build();

        assertThat(StatementTerms.of(statement)).contains(direct(TermKind.AGENT, key(ANNA)), direct(TermKind.AGENT, key(BO)));
    }

    @Test
    void aSubStatementsPartsAreRelatedOnly() {
        Statement statement = Statement.builder().actor(ANNA).verb(ANSWERED)
                .object(new SubStatement(BO, ANSWERED, Activity.of("http://k/planned"), null, null, null, null)).build();

        assertThat(StatementTerms.of(statement)).contains(related(TermKind.AGENT, key(BO)),
                related(TermKind.ACTIVITY, "http://k/planned"));
    }

    @Test
    void aStatementRefObjectGivesAReferenceTermForTheTargetInLowerCase() {
        Statement statement = Statement.builder().actor(ANNA).verb(ANSWERED)
                .object(new StatementRef(REGISTRATION)).build();

        assertThat(StatementTerms.of(statement)).contains(direct(TermKind.REFERENCE, REGISTRATION.toLowerCase()));
        assertThat(StatementTerms.of(Statement.builder().actor(ANNA).verb(ANSWERED).object(Activity.of("http://k/a"))
                .build())).noneMatch(t -> t.kind() == TermKind.REFERENCE);
    }

    @Test
    void aTermDirectAnywhereStaysDirectInAUnion() {
        assertThat(StatementTerms.union(List.of(related(TermKind.ACTIVITY, "a")), List.of(direct(TermKind.ACTIVITY, "a"))))
                .containsExactly(direct(TermKind.ACTIVITY, "a"));
    }

    @Test
    void actorsAreKeyedByIdentifierWithTheMailDomainInLowerCase() {
        assertThat(ActorKey.of(Agent.withMbox("x", "mailto:bo@example.se"))).isEqualTo(ActorKey.of(BO));
        assertThat(ActorKey.of(Group.identifiedByAccount(null, "https://kasus.example", "lrs", null))).isEqualTo(ActorKey.of(LRS));
        assertThat(ActorKey.of(Group.anonymous(null, List.of(ANNA)))).isEmpty();
    }

    @Test
    void longValuesAreHashedIntoTheIndexKeyLength() {
        String longIri = "http://k/" + "x".repeat(400);

        assertThat(IndexKey.of(longIri)).startsWith("sha256:").hasSizeLessThanOrEqualTo(IndexKey.LENGTH);
        assertThat(IndexKey.of("http://k/short")).isEqualTo("http://k/short");
        assertThat(new Term(TermKind.VERB, "v", true).hash()).isNotEqualTo(new Term(TermKind.ACTIVITY, "v", true).hash());
    }
}
