package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import se.kasus.xapi.validation.constraints.ComponentListsFitInteractionType;
import se.kasus.xapi.validation.constraints.DistinctComponentIds;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.Irl;

/**
 * Metadata of an activity, including the interaction properties of an interaction activity.
 *
 * @param name human-readable name by language (recommended; 2.4.4.1)
 * @param description description by language (recommended; 2.4.4.1)
 * @param type IRI of the activity type (recommended; 2.4.4.1)
 * @param moreInfo IRL of a document about the activity (optional; 2.4.4.1)
 * @param interactionType the kind of interaction (2.4.4.1.s8)
 * @param correctResponsesPattern the correct responses; empty means no answer is correct (2.4.4.1.s11)
 * @param choices options of a choice or sequencing interaction (2.4.4.1.s15)
 * @param scale the scale of a likert interaction
 * @param source the sources of a matching interaction
 * @param target the targets of a matching interaction
 * @param steps the steps of a performance interaction
 * @param extensions other properties by IRI (4.1)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1.s2">xAPI 1.0.3 Data, 2.4.4.1</a>
 */
@ComponentListsFitInteractionType
public record ActivityDefinition(
        @Valid LanguageMap name,
        @Valid LanguageMap description,
        @Iri(spec = "2.4.4.1.s2") String type,
        @Irl(spec = "2.4.4.1.s2") String moreInfo,
        InteractionType interactionType,
        List<String> correctResponsesPattern,
        @Valid @DistinctComponentIds List<InteractionComponent> choices,
        @Valid @DistinctComponentIds List<InteractionComponent> scale,
        @Valid @DistinctComponentIds List<InteractionComponent> source,
        @Valid @DistinctComponentIds List<InteractionComponent> target,
        @Valid @DistinctComponentIds List<InteractionComponent> steps,
        @Valid Extensions extensions) {

    /** The activity type the specification recommends for interaction activities. */
    public static final String CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    public ActivityDefinition {
        correctResponsesPattern = copy(correctResponsesPattern);
        choices = copy(choices);
        scale = copy(scale);
        source = copy(source);
        target = copy(target);
        steps = copy(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Builds a definition; every property is optional. */
    public static final class Builder {
        private LanguageMap name;
        private LanguageMap description;
        private String type;
        private String moreInfo;
        private InteractionType interactionType;
        private List<String> correctResponsesPattern;
        private List<InteractionComponent> choices;
        private List<InteractionComponent> scale;
        private List<InteractionComponent> source;
        private List<InteractionComponent> target;
        private List<InteractionComponent> steps;
        private Extensions extensions;

        public Builder name(LanguageMap value) {
            name = value;
            return this;
        }

        public Builder description(LanguageMap value) {
            description = value;
            return this;
        }

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder moreInfo(String value) {
            moreInfo = value;
            return this;
        }

        public Builder interactionType(InteractionType value) {
            interactionType = value;
            return this;
        }

        public Builder correctResponsesPattern(List<String> value) {
            correctResponsesPattern = value;
            return this;
        }

        public Builder choices(List<InteractionComponent> value) {
            choices = value;
            return this;
        }

        public Builder scale(List<InteractionComponent> value) {
            scale = value;
            return this;
        }

        public Builder source(List<InteractionComponent> value) {
            source = value;
            return this;
        }

        public Builder target(List<InteractionComponent> value) {
            target = value;
            return this;
        }

        public Builder steps(List<InteractionComponent> value) {
            steps = value;
            return this;
        }

        public Builder extensions(Extensions value) {
            extensions = value;
            return this;
        }

        public ActivityDefinition build() {
            return new ActivityDefinition(name, description, type, moreInfo, interactionType, correctResponsesPattern,
                    choices, scale, source, target, steps, extensions);
        }
    }
}
