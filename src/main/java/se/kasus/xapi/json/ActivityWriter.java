package se.kasus.xapi.json;

import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.InteractionComponent;

/** Writes activities with their definitions. */
final class ActivityWriter {

    private ActivityWriter() {
    }

    static void activity(Out out, Activity activity) {
        out.string("objectType", "Activity")
                .string("id", activity.id())
                .object("definition", activity.definition(), ActivityWriter::definition);
    }

    private static void definition(Out out, ActivityDefinition definition) {
        out.languageMap("name", definition.name())
                .languageMap("description", definition.description())
                .string("type", definition.type())
                .string("moreInfo", definition.moreInfo())
                .string("interactionType",
                        definition.interactionType() == null ? null : definition.interactionType().jsonValue())
                .strings("correctResponsesPattern", definition.correctResponsesPattern())
                .list("choices", definition.choices(), ActivityWriter::component)
                .list("scale", definition.scale(), ActivityWriter::component)
                .list("source", definition.source(), ActivityWriter::component)
                .list("target", definition.target(), ActivityWriter::component)
                .list("steps", definition.steps(), ActivityWriter::component)
                .extensions("extensions", definition.extensions());
    }

    private static void component(Out out, InteractionComponent component) {
        out.string("id", component.id()).languageMap("description", component.description());
    }
}
