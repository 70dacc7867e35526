package se.kasus.xapi.json;

import se.kasus.xapi.model.Account;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Group;

/** Writes Agents and Groups, always with their objectType. */
final class ActorWriter {

    private ActorWriter() {
    }

    static void actor(Out out, Actor actor) {
        if (actor instanceof Group group) {
            group(out, group);
        } else {
            agent(out, (Agent) actor);
        }
    }

    static void agent(Out out, Agent agent) {
        out.string("objectType", "Agent").string("name", agent.name());
        identifiers(out, agent);
    }

    static void group(Out out, Group group) {
        out.string("objectType", "Group").string("name", group.name());
        identifiers(out, group);
        out.list("member", group.member(), ActorWriter::agent);
    }

    private static void identifiers(Out out, Actor actor) {
        out.string("mbox", actor.mbox())
                .string("mbox_sha1sum", actor.mboxSha1sum())
                .string("openid", actor.openid())
                .object("account", actor.account(), ActorWriter::account);
    }

    private static void account(Out out, Account account) {
        out.string("homePage", account.homePage()).string("name", account.name());
    }
}
