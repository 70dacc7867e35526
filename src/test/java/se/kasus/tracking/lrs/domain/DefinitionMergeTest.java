package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.InteractionComponent;
import se.kasus.xapi.model.InteractionType;
import se.kasus.xapi.model.LanguageMap;

/** What the LRS knows about an activity after each statement that defines it. */
class DefinitionMergeTest {

    @Test
    void languageMapsGainTheNewLanguagesAndTakeTheNewTextOfALanguageGivenAgain() {
        ActivityDefinition english = definition(LanguageMap.of("en-US", "Case one"), null, "http://e.x/type/case");
        ActivityDefinition swedish = definition(LanguageMap.of("sv-SE", "Fall ett", "en-US", "Case 1"),
                LanguageMap.of("sv-SE", "Ett fall"), null);

        ActivityDefinition merged = DefinitionMerge.merge(english, swedish);

        assertThat(merged.name().values()).isEqualTo(Map.of("en-US", "Case 1", "sv-SE", "Fall ett"));
        assertThat(merged.description().values()).isEqualTo(Map.of("sv-SE", "Ett fall"));
        assertThat(merged.type()).isEqualTo("http://e.x/type/case");
    }

    @Test
    void otherPropertiesGivenAnewReplaceTheKnownOnesAndExtensionsMergeByKey() {
        ActivityDefinition first = new ActivityDefinition(null, null, "http://e.x/type/a", null, InteractionType.CHOICE,
                List.of("a"), List.of(InteractionComponent.of("a", "en-US", "Yes"), InteractionComponent.of("b", "en-US", "No")),
                null, null, null, null, new Extensions(Map.of("http://e.x/x1", 1, "http://e.x/x2", 2)));
        ActivityDefinition second = new ActivityDefinition(null, null, "http://e.x/type/b", null, null, List.of("b"),
                List.of(InteractionComponent.of("a", "sv-SE", "Ja")), null, null, null, null,
                new Extensions(Map.of("http://e.x/x2", 3)));

        ActivityDefinition merged = DefinitionMerge.merge(first, second);

        assertThat(merged.type()).isEqualTo("http://e.x/type/b");
        assertThat(merged.interactionType()).isEqualTo(InteractionType.CHOICE);
        assertThat(merged.correctResponsesPattern()).containsExactly("b");
        assertThat(merged.choices()).containsExactly(new InteractionComponent("a",
                new LanguageMap(Map.of("en-US", "Yes", "sv-SE", "Ja"))));
        assertThat(merged.extensions().values()).isEqualTo(Map.of("http://e.x/x1", 1, "http://e.x/x2", 3));
    }

    @Test
    void nothingKnownYetGivesTheNewDefinition() {
        ActivityDefinition only = definition(LanguageMap.of("en-US", "A"), null, null);

        assertThat(DefinitionMerge.merge(null, only)).isSameAs(only);
        assertThat(DefinitionMerge.merge(only, null)).isSameAs(only);
    }

    private static ActivityDefinition definition(LanguageMap name, LanguageMap description, String type) {
        return new ActivityDefinition(name, description, type, null, null, null, null, null, null, null, null, null);
    }
}
