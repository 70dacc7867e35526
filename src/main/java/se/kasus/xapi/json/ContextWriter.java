package se.kasus.xapi.json;

import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.ContextAgent;
import se.kasus.xapi.model.ContextGroup;

/** Writes contexts; context activities always as lists, as an LRS must return them. */
final class ContextWriter {

    private ContextWriter() {
    }

    static void context(Out out, Context context) {
        out.string("registration", context.registration())
                .object("instructor", context.instructor(), ActorWriter::actor)
                .object("team", context.team(), ActorWriter::group)
                .object("contextActivities", context.contextActivities(), ContextWriter::contextActivities)
                .string("revision", context.revision())
                .string("platform", context.platform())
                .string("language", context.language())
                .object("statement", context.statement(), StatementWriter::statementRef)
                .extensions("extensions", context.extensions())
                .list("contextAgents", context.contextAgents(), ContextWriter::contextAgent)
                .list("contextGroups", context.contextGroups(), ContextWriter::contextGroup);
    }

    private static void contextActivities(Out out, ContextActivities activities) {
        out.list("parent", activities.parent(), ActivityWriter::activity)
                .list("grouping", activities.grouping(), ActivityWriter::activity)
                .list("category", activities.category(), ActivityWriter::activity)
                .list("other", activities.other(), ActivityWriter::activity);
    }

    private static void contextAgent(Out out, ContextAgent contextAgent) {
        out.string("objectType", "contextAgent")
                .object("agent", contextAgent.agent(), ActorWriter::agent)
                .strings("relevantTypes", contextAgent.relevantTypes());
    }

    private static void contextGroup(Out out, ContextGroup contextGroup) {
        out.string("objectType", "contextGroup")
                .object("group", contextGroup.group(), ActorWriter::group)
                .strings("relevantTypes", contextGroup.relevantTypes());
    }
}
