package se.kasus.xapi.json;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.InteractionComponent;
import se.kasus.xapi.model.InteractionType;
import tools.jackson.databind.JsonNode;

/** Reads activities, their definitions and interaction components. */
final class ActivityReader {

    private static final String TYPES = Arrays.stream(InteractionType.values())
            .map(InteractionType::jsonValue).collect(Collectors.joining(", "));

    private ActivityReader() {
    }

    static Activity activity(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            String type = f.string("objectType");
            if (type != null && !type.equals("Activity")) {
                f.problems().add(Paths.child(path, "objectType"), "must be Activity", "2.4.4.1");
            }
            return new Activity(f.string("id"), f.object("definition", ActivityReader::definition));
        });
    }

    static ActivityDefinition definition(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> ActivityDefinition.builder()
                .name(f.languageMap("name"))
                .description(f.languageMap("description"))
                .type(f.string("type"))
                .moreInfo(f.string("moreInfo"))
                .interactionType(interactionType(f))
                .correctResponsesPattern(f.strings("correctResponsesPattern"))
                .choices(f.list("choices", ActivityReader::component))
                .scale(f.list("scale", ActivityReader::component))
                .source(f.list("source", ActivityReader::component))
                .target(f.list("target", ActivityReader::component))
                .steps(f.list("steps", ActivityReader::component))
                .extensions(f.extensions("extensions"))
                .build());
    }

    private static InteractionType interactionType(Fields f) {
        String value = f.string("interactionType");
        if (value == null) {
            return null;
        }
        return InteractionType.fromJson(value).orElseGet(() -> {
            f.problems().add(Paths.child(f.path(), "interactionType"), "must be one of " + TYPES, "2.4.4.1.s13.b1");
            return null;
        });
    }

    private static InteractionComponent component(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems,
                f -> new InteractionComponent(f.string("id"), f.languageMap("description")));
    }
}
