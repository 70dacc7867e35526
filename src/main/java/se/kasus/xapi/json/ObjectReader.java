package se.kasus.xapi.json;

import java.util.Set;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.SubStatementObject;
import tools.jackson.databind.JsonNode;

/** Reads a statement's object, dispatching on objectType; without one it is an Activity. */
final class ObjectReader {

    private static final Set<String> AGENT_PROPERTIES = Set.of("mbox", "mbox_sha1sum", "openid", "account", "member");

    private ObjectReader() {
    }

    static StatementObject object(JsonNode node, String path, Problems problems) {
        return read(node, path, problems, true);
    }

    static SubStatementObject subStatementObject(JsonNode node, String path, Problems problems) {
        return (SubStatementObject) read(node, path, problems, false);
    }

    /** A StatementRef where one is required, as in a context's statement: objectType must say so. */
    static StatementRef statementRef(JsonNode node, String path, Problems problems) {
        if (node.isObject() && !"StatementRef".equals(node.path("objectType").asString(null))) {
            problems.add(Paths.child(path, "objectType"), "must be StatementRef", "2.4.4.3.s4.b1");
        }
        return Fields.read(node, path, problems, f -> {
            f.string("objectType");
            return new StatementRef(f.string("id"));
        });
    }

    private static StatementObject read(JsonNode node, String path, Problems problems, boolean subStatementAllowed) {
        if (!node.isObject()) {
            problems.add(path, "must be a JSON object", "2.4.4");
            return null;
        }
        JsonNode type = node.get("objectType");
        if (type == null) {
            return untyped(node, path, problems);
        }
        switch (type.asString("")) {
            case "Activity":
                return ActivityReader.activity(node, path, problems);
            case "Agent":
                return ActorReader.agent(node, path, problems);
            case "Group":
                return ActorReader.group(node, path, problems);
            case "StatementRef":
                return statementRef(node, path, problems);
            case "SubStatement":
                if (subStatementAllowed) {
                    return subStatement(node, path, problems);
                }
                problems.add(path, "is a SubStatement inside a SubStatement, which may not be nested",
                        "2.4.4.3.s8.b4");
                return null;
            default:
                problems.add(path, "has an objectType that is not Activity, Agent, Group, StatementRef or SubStatement",
                        "2.4.4");
                return null;
        }
    }

    private static StatementObject untyped(JsonNode node, String path, Problems problems) {
        if (!node.has("id") && AGENT_PROPERTIES.stream().anyMatch(node::has)) {
            problems.add(Paths.child(path, "objectType"), "is required when the object is an Agent or Group",
                    "2.4.4.2.s1.b1");
            return node.has("member") ? ActorReader.group(node, path, problems) : ActorReader.agent(node, path, problems);
        }
        return ActivityReader.activity(node, path, problems);
    }

    private static SubStatement subStatement(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            f.string("objectType");
            for (String name : new String[] {"id", "stored", "version", "authority"}) {
                f.forbid(name, "is not allowed in a SubStatement", "2.4.4.3.s8.b3");
            }
            return new SubStatement(f.object("actor", ActorReader::actor), f.object("verb", StatementReader::verb),
                    f.object("object", ObjectReader::subStatementObject), f.object("result", ResultReader::result),
                    f.object("context", ContextReader::context), f.string("timestamp"),
                    f.list("attachments", AttachmentReader::attachment));
        });
    }
}
