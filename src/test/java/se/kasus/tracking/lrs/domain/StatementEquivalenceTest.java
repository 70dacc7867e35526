package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.LanguageMap;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

class StatementEquivalenceTest {

    private static final Agent ANNA = Agent.withMbox(null, "mailto:anna@example.se");
    private static final Agent BO = Agent.withMbox(null, "mailto:bo@example.se");

    private static Statement.Builder statement() {
        return Statement.builder().id("0f5e2a3b-1c4d-4e5f-8a9b-0c1d2e3f4a5b").actor(ANNA)
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/answered", "en-US", "answered"))
                .object(Activity.of("http://k/case")).timestamp("2026-03-01T12:00:00Z");
    }

    @Test
    void whatTheLrsSetsAndTheImmutabilityExceptionsAreIgnored() {
        Statement received = statement().timestamp("2026-03-01T13:00:00.000+01:00")
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/answered", "sv-SE", "svarade"))
                .object(new Activity("http://k/case", ActivityDefinition.builder().name(LanguageMap.of("sv", "Fall")).build()))
                .actor(Agent.withMbox(null, "mailto:anna@EXAMPLE.SE")).build();
        Statement stored = statement().stored("2026-03-02T00:00:00.000Z").version("1.0.0")
                .authority(Agent.withAccount(null, "https://kasus.example", "lrs")).build();

        assertThat(StatementEquivalence.same(received, stored)).isTrue();
    }

    @Test
    void theOrderOfGroupMembersIsIgnored() {
        Statement one = statement().actor(Group.anonymous(null, List.of(ANNA, BO))).build();
        Statement other = statement().actor(Group.anonymous(null, List.of(BO, ANNA))).build();

        assertThat(StatementEquivalence.same(one, other)).isTrue();
    }

    @Test
    void everyOtherDifferenceCounts() {
        Statement stored = statement().result(Result.builder().duration("PT1H").build()).build();

        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT60M").build()).build(), stored))
                .isFalse();
        assertThat(StatementEquivalence.same(statement().object(Activity.of("http://k/other")).build(), stored)).isFalse();
        assertThat(StatementEquivalence.same(statement().timestamp("2026-03-01T12:00:01Z").build(), statement().build()))
                .isFalse();
    }

    /** Issue 13, xAPI rule 10: durations compare at hundredths of a second (xAPI 2.0 Data 4.2.7, 1.0.3 Data 4.6). */
    @Test
    void durationsCompareAtHundredthsOfASecond() {
        Statement kept = statement().result(Result.builder().duration("PT16M43.12S").build()).build();

        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT16M43.1234567S").build())
                .build(), kept)).isTrue();
        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT16M43,129S").build())
                .build(), kept)).isTrue();
        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT16M43.120S").build())
                .build(), kept)).isTrue();
        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT16M43.13S").build())
                .build(), kept)).isFalse();
        assertThat(StatementEquivalence.same(statement().result(Result.builder().duration("PT16M44.12S").build())
                .build(), kept)).isFalse();
    }

    @Test
    void aTimestampTheLrsFilledInIsNotADifference() {
        Statement received = statement().timestamp((String) null).build();
        Statement stored = statement().timestamp("2026-05-05T05:05:05.005Z").build();

        assertThat(StatementEquivalence.same(received, stored)).isTrue();
    }
}
