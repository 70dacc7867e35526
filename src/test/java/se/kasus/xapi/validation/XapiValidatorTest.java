package se.kasus.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.XapiSpec;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.Verb;

class XapiValidatorTest {

    private static final Verb EXPERIENCED = Verb.of("http://adlnet.gov/expapi/verbs/experienced", "en", "experienced");

    private final XapiValidator validator = new XapiValidator();

    @Test
    void aStatementWithoutActorVerbAndObjectBreaksTheRuleThreeTimes() {
        List<XapiViolation> violations = validator.validate(Statement.builder().build());

        assertThat(violations).extracting(XapiViolation::path).containsExactly("$.actor", "$.object", "$.verb");
        assertThat(violations).extracting(XapiViolation::spec).containsOnly(XapiSpec.data("2.2.s2.b3"));
    }

    @Test
    void violationsNameTheJsonPropertyAndTheIndexInsideLists() {
        Group team = Group.anonymous("Team", List.of(Agent.withMbox(null, "mailto:a@example.com"),
                new Agent(null, null, "not-a-hash", null, null)));

        List<XapiViolation> violations = validator.validate(statement(team, Activity.of("http://example.com/a")));

        assertThat(violations).extracting(XapiViolation::path).containsExactly("$.actor.member[1].mbox_sha1sum");
    }

    @Test
    void aSubStatementIsValidatedAsAStatement() {
        SubStatement plan = new SubStatement(Agent.withMbox(null, "mailto:a@example.com"), EXPERIENCED,
                StatementRef.to(UUID.randomUUID()), null, Context.builder().revision("2").build(), null, null);

        List<XapiViolation> violations = validator.validate(statement(Agent.withMbox(null, "mailto:b@example.com"), plan));

        assertThat(violations).extracting(XapiViolation::path).containsExactly("$.object.context.revision");
    }

    @Test
    void eachStatementOfAnArrayIsReportedUnderItsIndex() {
        String valid = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://e.x/v\"},"
                + "\"object\":{\"id\":\"http://e.x/a\"}}";
        String invalid = valid.replace("http://e.x/v", "verb");

        Checked<List<Statement>> checked = validator.checkStatements("[" + valid + "," + invalid + "]");

        assertThat(checked.violations()).extracting(XapiViolation::path).containsExactly("$[1].verb.id");
        assertThat(checked.value()).hasSize(2);
    }

    @Test
    void anAgentGivenAsAQueryParameterIsCheckedLikeAnActor() {
        assertThat(validator.checkActor("{\"mbox\":\"mailto:a@example.com\"}").isValid()).isTrue();
        assertThat(validator.checkActor("{\"mbox\":\"a@example.com\",\"openid\":\"http://o.example.com/a\"}").violations())
                .extracting(XapiViolation::path).containsExactly("$", "$.mbox");
    }

    private static final String ACTOR_VERB_OBJECT = "\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
            + "\"verb\":{\"id\":\"http://e.x/v\"},\"object\":{\"id\":\"http://e.x/a\"}";

    @Test
    void anAuthorityGroupMustBeAnAnonymousGroupOfTwoAgents() {
        String members = "\"member\":[{\"mbox\":\"mailto:app@example.com\"},{\"mbox\":\"mailto:user@example.com\"}]";
        String anonymous = "{" + ACTOR_VERB_OBJECT + ",\"authority\":{\"objectType\":\"Group\"," + members + "}}";
        String identified = "{" + ACTOR_VERB_OBJECT + ",\"authority\":{\"objectType\":\"Group\","
                + "\"mbox\":\"mailto:team@example.com\"," + members + "}}";

        assertThat(validator.checkStatement(anonymous).violations()).isEmpty();
        assertThat(validator.checkStatement(identified).violations()).extracting(XapiViolation::path, XapiViolation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.authority",
                        "must be an Agent or an anonymous Group of two Agents"));
    }

    @Test
    void aContextAgentOrGroupWithAnEmptyRelevantTypesArrayIsRejectedAlsoInASubStatement() {
        String agents = "\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":{\"mbox\":\"mailto:c@example.com\"},"
                + "\"relevantTypes\":[]}]";
        String groups = "\"contextGroups\":[{\"objectType\":\"contextGroup\",\"group\":{\"objectType\":\"Group\","
                + "\"member\":[{\"mbox\":\"mailto:d@example.com\"}]},\"relevantTypes\":[]}]";
        String statement = "{" + ACTOR_VERB_OBJECT + ",\"context\":{" + agents + "," + groups + "}}";
        String inSubStatement = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://e.x/v\"},"
                + "\"object\":{\"objectType\":\"SubStatement\"," + ACTOR_VERB_OBJECT + ",\"context\":{" + agents + "}}}";
        String given = "{" + ACTOR_VERB_OBJECT + ",\"context\":{" + agents.replace("[]", "[\"http://e.x/mentor\"]") + "}}";

        assertThat(validator.checkStatement(statement).violations()).extracting(XapiViolation::path)
                .containsExactly("$.context.contextAgents[0].relevantTypes", "$.context.contextGroups[0].relevantTypes");
        assertThat(validator.checkStatement(inSubStatement).violations()).extracting(XapiViolation::path)
                .containsExactly("$.object.context.contextAgents[0].relevantTypes");
        assertThat(validator.checkStatement(given).violations()).isEmpty();
    }

    @Test
    void theStatementVersionOneDotZeroIsAccepted() {
        assertThat(validator.checkStatement("{" + ACTOR_VERB_OBJECT + ",\"version\":\"1.0\"}").violations()).isEmpty();
        assertThat(validator.checkStatement("{" + ACTOR_VERB_OBJECT + ",\"version\":\"1.1\"}").violations())
                .extracting(XapiViolation::path).containsExactly("$.version");
    }

    @Test
    void violationsSayWhatIsWrongAndLinkTheSpecification() {
        Checked<Statement> checked = validator.checkStatement("{\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
                + "\"verb\":{\"id\":\"http://e.x/v\"},\"object\":{\"id\":\"http://e.x/a\"},\"result\":{\"score\":{\"scaled\":2}}}");

        assertThat(checked.violations()).containsExactly(new XapiViolation("$.result.score.scaled",
                "must be between -1 and 1 inclusive",
                "https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.5.1"));
    }

    private static Statement statement(Actor actor, StatementObject object) {
        return Statement.builder().actor(actor).verb(EXPERIENCED).object(object).build();
    }
}
