package se.kasus.xapi.json;

import java.util.List;
import se.kasus.xapi.model.Account;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Group;
import tools.jackson.databind.JsonNode;

/** Reads Agents, Groups and accounts. */
final class ActorReader {

    private ActorReader() {
    }

    /** An Agent or Group; without objectType an Agent, unless it lists members (then a Group lacking its type). */
    static Actor actor(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an Agent or Group object", "2.4.2");
            return null;
        }
        JsonNode type = node.get("objectType");
        if (type == null && node.has("member")) {
            problems.add(Paths.child(path, "objectType"), "is required for a Group", "2.4.2.2");
            return group(node, path, problems);
        }
        if (type == null || "Agent".equals(type.asString(null))) {
            return agent(node, path, problems);
        }
        if ("Group".equals(type.asString(null))) {
            return group(node, path, problems);
        }
        problems.add(path, "has an objectType that is neither Agent nor Group", "2.4.2");
        return null;
    }

    static Agent agent(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            f.string("objectType");
            return new Agent(f.string("name"), f.string("mbox"), f.string("mbox_sha1sum"), f.string("openid"),
                    f.object("account", ActorReader::account));
        });
    }

    static Group group(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> {
            f.string("objectType");
            String name = f.string("name");
            List<Agent> member = f.list("member", ActorReader::member);
            return new Group(name, member, f.string("mbox"), f.string("mbox_sha1sum"), f.string("openid"),
                    f.object("account", ActorReader::account));
        });
    }

    /** A Group where the specification wants one, such as a context's team. */
    static Group groupOnly(JsonNode node, String path, Problems problems) {
        Actor actor = actor(node, path, problems);
        if (actor instanceof Agent) {
            problems.add(Paths.child(path, "objectType"), "must be Group", "2.4.6");
            return null;
        }
        return (Group) actor;
    }

    /** An Agent where only Agents may stand, such as a Group's member. */
    static Agent agentOnly(JsonNode node, String path, Problems problems) {
        if (node.isObject() && node.has("objectType") && !"Agent".equals(node.get("objectType").asString(null))) {
            problems.add(Paths.child(path, "objectType"), "must be Agent", "2.4.2.1");
            return null;
        }
        return agent(node, path, problems);
    }

    private static Agent member(JsonNode node, String path, Problems problems) {
        if (node.isObject() && node.has("objectType") && "Group".equals(node.get("objectType").asString(null))) {
            problems.add(path, "is a Group, but a Group's members must be Agents", "2.4.2.2.s4.b2");
            return null;
        }
        return agentOnly(node, path, problems);
    }

    private static Account account(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> new Account(f.string("homePage"), f.string("name")));
    }
}
