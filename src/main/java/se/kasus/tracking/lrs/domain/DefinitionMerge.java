package se.kasus.tracking.lrs.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.InteractionComponent;
import se.kasus.xapi.model.LanguageMap;

/**
 * What an LRS knows about an activity after one more statement defines it (xAPI 1.0.3 Communication 2.5, GET
 * Activities: "the LRS returns everything it knows"): language maps (name, description, component descriptions)
 * gain the new languages and take the new text where a language is given again; every other property given anew
 * replaces the one known; extensions merge by key, the newer value winning.
 */
public final class DefinitionMerge {

    private DefinitionMerge() {
    }

    public static ActivityDefinition merge(ActivityDefinition known, ActivityDefinition incoming) {
        if (known == null) {
            return incoming;
        }
        if (incoming == null) {
            return known;
        }
        return new ActivityDefinition(
                languages(known.name(), incoming.name()),
                languages(known.description(), incoming.description()),
                either(incoming.type(), known.type()),
                either(incoming.moreInfo(), known.moreInfo()),
                either(incoming.interactionType(), known.interactionType()),
                either(incoming.correctResponsesPattern(), known.correctResponsesPattern()),
                components(known.choices(), incoming.choices()),
                components(known.scale(), incoming.scale()),
                components(known.source(), incoming.source()),
                components(known.target(), incoming.target()),
                components(known.steps(), incoming.steps()),
                extensions(known.extensions(), incoming.extensions()));
    }

    private static <T> T either(T newer, T older) {
        return newer != null ? newer : older;
    }

    private static LanguageMap languages(LanguageMap known, LanguageMap incoming) {
        if (known == null || incoming == null) {
            return either(incoming, known);
        }
        Map<String, String> merged = new LinkedHashMap<>(known.values());
        merged.putAll(incoming.values());
        return new LanguageMap(merged);
    }

    /** The new list of components decides which there are; each keeps the languages known for its id. */
    private static List<InteractionComponent> components(List<InteractionComponent> known,
                                                         List<InteractionComponent> incoming) {
        if (known == null || incoming == null) {
            return either(incoming, known);
        }
        List<InteractionComponent> merged = new ArrayList<>();
        for (InteractionComponent component : incoming) {
            LanguageMap before = known.stream().filter(k -> k.id().equals(component.id()))
                    .map(InteractionComponent::description).findFirst().orElse(null);
            merged.add(new InteractionComponent(component.id(), languages(before, component.description())));
        }
        return merged;
    }

    private static Extensions extensions(Extensions known, Extensions incoming) {
        if (known == null || incoming == null) {
            return either(incoming, known);
        }
        Map<String, Object> merged = new LinkedHashMap<>(known.values());
        merged.putAll(incoming.values());
        return new Extensions(merged);
    }
}
