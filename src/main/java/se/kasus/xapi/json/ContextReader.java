package se.kasus.xapi.json;

import se.kasus.xapi.XapiSpec;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.ContextAgent;
import se.kasus.xapi.model.ContextGroup;
import tools.jackson.databind.JsonNode;

/** Reads contexts, their context activities and (xAPI 2.0) context agents and groups. */
final class ContextReader {

    private ContextReader() {
    }

    static Context context(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> Context.builder()
                .registration(f.string("registration"))
                .instructor(f.object("instructor", ActorReader::actor))
                .team(f.object("team", ActorReader::groupOnly))
                .contextActivities(f.object("contextActivities", ContextReader::contextActivities))
                .revision(f.string("revision"))
                .platform(f.string("platform"))
                .language(f.string("language"))
                .statement(f.object("statement", ObjectReader::statementRef))
                .extensions(f.extensions("extensions"))
                .contextAgents(f.list("contextAgents", ContextReader::contextAgent))
                .contextGroups(f.list("contextGroups", ContextReader::contextGroup))
                .build());
    }

    static ContextActivities contextActivities(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> new ContextActivities(
                f.listOrSingle("parent", ActivityReader::activity),
                f.listOrSingle("grouping", ActivityReader::activity),
                f.listOrSingle("category", ActivityReader::activity),
                f.listOrSingle("other", ActivityReader::activity)));
    }

    private static ContextAgent contextAgent(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            requireObjectType(f, "contextAgent");
            return new ContextAgent(f.object("agent", ActorReader::agentOnly), f.strings("relevantTypes"));
        });
    }

    private static ContextGroup contextGroup(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            requireObjectType(f, "contextGroup");
            return new ContextGroup(f.object("group", ActorReader::groupOnly), f.strings("relevantTypes"));
        });
    }

    private static void requireObjectType(Fields f, String expected) {
        if (!expected.equals(f.string("objectType"))) {
            f.problems().add(Paths.child(f.path(), "objectType"), "must be " + expected, XapiSpec.IEEE_9274_1_1);
        }
    }
}
