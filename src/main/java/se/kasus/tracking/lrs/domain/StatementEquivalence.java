package se.kasus.tracking.lrs.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.kasus.xapi.model.Account;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.ContextAgent;
import se.kasus.xapi.model.ContextGroup;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.SubStatementObject;
import se.kasus.xapi.model.Verb;

/**
 * Whether two statements with the same id are the same statement, following the Statement Comparison Requirements
 * (xAPI 1.0.3 Data 2.3.1.s9): differences the immutability exceptions allow are ignored (properties the LRS
 * assigns, activity definitions, verb displays, how a timestamp is written, the order of a Group's members, the
 * case of case-insensitive values, a duration's seconds beyond hundredths); every other difference counts.
 */
public final class StatementEquivalence {

    private StatementEquivalence() {
    }

    public static boolean same(Statement received, Statement stored) {
        boolean bothTimestamped = received.timestamp() != null && stored.timestamp() != null;
        return normal(received, bothTimestamped).equals(normal(stored, bothTimestamped));
    }

    private static Statement normal(Statement s, boolean compareTimestamp) {
        return Statement.builder()
                .actor(actor(s.actor()))
                .verb(verb(s.verb()))
                .object(object(s.object()))
                .result(result(s.result()))
                .context(context(s.context()))
                .timestamp(compareTimestamp ? instant(s.timestamp()) : null)
                .attachments(attachments(s.attachments()))
                .build();
    }

    /** The result with its duration at the precision statements are compared at ({@link ComparedDurations}). */
    private static Result result(Result result) {
        if (result == null || result.duration() == null) {
            return result;
        }
        return new Result(result.score(), result.success(), result.completion(), result.response(),
                ComparedDurations.of(result.duration()), result.extensions());
    }

    private static Verb verb(Verb verb) {
        return verb == null ? null : new Verb(verb.id(), null);
    }

    private static StatementObject object(StatementObject object) {
        if (object instanceof SubStatement sub) {
            return new SubStatement(actor(sub.actor()), verb(sub.verb()), subObject(sub.object()), result(sub.result()),
                    context(sub.context()), instant(sub.timestamp()), attachments(sub.attachments()));
        }
        return subObject((SubStatementObject) object);
    }

    private static SubStatementObject subObject(SubStatementObject object) {
        if (object instanceof Activity activity) {
            return Activity.of(activity.id());
        }
        if (object instanceof StatementRef ref) {
            return new StatementRef(lower(ref.id()));
        }
        if (object instanceof Actor actor) {
            return (SubStatementObject) actor(actor);
        }
        return object;
    }

    private static Actor actor(Actor actor) {
        if (actor instanceof Group group) {
            List<Agent> members = group.member() == null ? null : group.member().stream()
                    .map(StatementEquivalence::agent)
                    .sorted(Comparator.comparing(Agent::toString))
                    .toList();
            return new Group(group.name(), members, mbox(group.mbox()), lower(group.mboxSha1sum()), group.openid(),
                    group.account());
        }
        return agent((Agent) actor);
    }

    private static Agent agent(Agent agent) {
        if (agent == null) {
            return null;
        }
        Account account = agent.account();
        return new Agent(agent.name(), mbox(agent.mbox()), lower(agent.mboxSha1sum()), agent.openid(), account);
    }

    private static Context context(Context context) {
        if (context == null) {
            return null;
        }
        ContextActivities activities = context.contextActivities();
        ContextActivities withoutDefinitions = activities == null ? null : new ContextActivities(
                ids(activities.parent()), ids(activities.grouping()), ids(activities.category()), ids(activities.other()));
        return Context.builder()
                .registration(lower(context.registration()))
                .instructor(context.instructor() == null ? null : actor(context.instructor()))
                .team(context.team() == null ? null : (Group) actor(context.team()))
                .contextActivities(withoutDefinitions)
                .revision(context.revision())
                .platform(context.platform())
                .language(context.language())
                .statement(context.statement() == null ? null : new StatementRef(lower(context.statement().id())))
                .extensions(context.extensions())
                .contextAgents(context.contextAgents() == null ? null : context.contextAgents().stream()
                        .map(a -> new ContextAgent(agent(a.agent()), a.relevantTypes())).toList())
                .contextGroups(context.contextGroups() == null ? null : context.contextGroups().stream()
                        .map(g -> new ContextGroup((Group) actor(g.group()), g.relevantTypes())).toList())
                .build();
    }

    private static List<Activity> ids(List<Activity> activities) {
        return activities == null ? null : activities.stream().map(a -> Activity.of(a.id())).toList();
    }

    private static List<Attachment> attachments(List<Attachment> attachments) {
        return attachments == null ? null : attachments.stream()
                .map(a -> new Attachment(a.usageType(), a.display(), a.description(), a.contentType(), a.length(),
                        lower(a.sha2()), a.fileUrl()))
                .toList();
    }

    private static String instant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        return Timestamps.parse(timestamp).map(Object::toString).orElse(timestamp);
    }

    private static String mbox(String mbox) {
        return mbox == null ? null : ActorKey.mailto(mbox);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
