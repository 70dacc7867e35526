package se.kasus.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void aScoreFromRawMinAndMaxCarriesItsScaledValue() {
        assertThat(Score.of(15, 0, 20)).isEqualTo(new Score(0.75, 15.0, 0.0, 20.0));
    }

    @Test
    void aGroupWithoutIdentifierIsAnonymous() {
        Agent member = Agent.withMbox(null, "mailto:a@example.com");

        assertThat(Group.anonymous("Team", List.of(member)).isAnonymous()).isTrue();
        assertThat(Group.identifiedByAccount("Team", "https://lms.example.com", "t1", null).isAnonymous()).isFalse();
    }

    @Test
    void listsHandedToTheModelCannotChangeItAfterwards() {
        List<Agent> members = new ArrayList<>(List.of(Agent.withMbox(null, "mailto:a@example.com")));
        Group group = Group.anonymous("Team", members);

        members.add(Agent.withMbox(null, "mailto:b@example.com"));

        assertThat(group.member()).hasSize(1);
        assertThatThrownBy(() -> group.member().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void interactionTypesAreMatchedCaseSensitivelyAndKnowTheirComponentLists() {
        assertThat(InteractionType.fromJson("true-false")).contains(InteractionType.TRUE_FALSE);
        assertThat(InteractionType.fromJson("Choice")).isEmpty();
        assertThat(InteractionType.MATCHING.componentLists()).containsExactlyInAnyOrder("source", "target");
        assertThat(InteractionType.NUMERIC.componentLists()).isEmpty();
    }

    @Test
    void aLanguageMapKeepsTheOrderItWasGiven() {
        LanguageMap names = LanguageMap.of("sv-SE", "Beslut", "en", "Decision");

        assertThat(names.values().keySet()).containsExactly("sv-SE", "en");
        assertThat(names.get("en")).contains("Decision");
        assertThat(names.get("de")).isEmpty();
    }

    @Test
    void buildersWriteTypedValuesInTheirJsonForm() {
        UUID id = UUID.randomUUID();
        Statement statement = Statement.builder().id(id).timestamp(Instant.parse("2026-05-04T08:15:30.250Z"))
                .result(Result.builder().duration(Duration.ofSeconds(90, 500_000_000)).build())
                .context(Context.builder().registration(id).build())
                .build();

        assertThat(statement.id()).isEqualTo(id.toString());
        assertThat(statement.timestamp()).isEqualTo("2026-05-04T08:15:30.250Z");
        assertThat(statement.result().duration()).isEqualTo("PT1M30.5S");
        assertThat(statement.context().registration()).isEqualTo(id.toString());
    }

    @Test
    void aStatementRebuiltFromItsBuilderIsEqual() {
        Statement statement = Statement.builder().id(UUID.randomUUID()).actor(Agent.withMbox("A", "mailto:a@example.com"))
                .verb(Verb.of(Verb.VOIDED, "en-US", "voided")).object(StatementRef.to(UUID.randomUUID()))
                .version("1.0.0").build();

        assertThat(statement.toBuilder().build()).isEqualTo(statement);
        assertThat(statement.verb().isVoiding()).isTrue();
    }

    @Test
    void theVersionHeaderNamesAKnownVersion() {
        assertThat(XapiVersion.fromHeader("2.0.0")).isEqualTo(XapiVersion.V2_0_0);
        assertThatThrownBy(() -> XapiVersion.fromHeader("0.95")).isInstanceOf(IllegalArgumentException.class);
    }
}
