package se.kasus.tracking.lrs.application;

import java.util.List;
import java.util.function.Function;
import se.kasus.xapi.model.Account;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.ContextAgent;
import se.kasus.xapi.model.ContextGroup;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.InteractionComponent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.SubStatementObject;
import se.kasus.xapi.model.Verb;

/**
 * The {@code ids} and {@code canonical} formats of GET Statements (xAPI 1.0.3 Communication 2.1.3). {@code ids}
 * keeps only what identifies Agents, Groups, Activities and Verbs; {@code canonical} gives activities the LRS's
 * canonical definition and keeps one language in each of their language maps and in verb displays.
 */
public final class StatementFormats {

    private StatementFormats() {
    }

    public static Statement ids(Statement s) {
        return rebuild(s, StatementFormats::idsActor, v -> new Verb(v.id(), null), a -> Activity.of(a.id()));
    }

    /**
     * @param canonical the LRS's definition of an activity (the statement's own when the LRS has none)
     */
    public static Statement canonical(Statement s, Function<Activity, Activity> canonical, LanguagePreference languages) {
        return rebuild(s, Function.identity(), v -> new Verb(v.id(), languages.pick(v.display())),
                a -> filtered(canonical.apply(a), languages));
    }

    private static Statement rebuild(Statement s, Function<Actor, Actor> actors, Function<Verb, Verb> verbs,
                                     Function<Activity, Activity> activities) {
        return s.toBuilder()
                .actor(actors.apply(s.actor()))
                .verb(verbs.apply(s.verb()))
                .object(object(s.object(), actors, verbs, activities))
                .context(context(s.context(), actors, activities))
                .authority(s.authority() == null ? null : actors.apply(s.authority()))
                .build();
    }

    private static StatementObject object(StatementObject object, Function<Actor, Actor> actors,
                                          Function<Verb, Verb> verbs, Function<Activity, Activity> activities) {
        if (object instanceof SubStatement sub) {
            return new SubStatement(actors.apply(sub.actor()), verbs.apply(sub.verb()),
                    (SubStatementObject) object(sub.object(), actors, verbs, activities), sub.result(),
                    context(sub.context(), actors, activities), sub.timestamp(), sub.attachments());
        }
        if (object instanceof Activity activity) {
            return activities.apply(activity);
        }
        if (object instanceof Actor actor) {
            return (StatementObject) actors.apply(actor);
        }
        return object;
    }

    private static Context context(Context c, Function<Actor, Actor> actors, Function<Activity, Activity> activities) {
        if (c == null) {
            return null;
        }
        ContextActivities ca = c.contextActivities();
        return Context.builder()
                .registration(c.registration())
                .instructor(c.instructor() == null ? null : actors.apply(c.instructor()))
                .team(c.team() == null ? null : (Group) actors.apply(c.team()))
                .contextActivities(ca == null ? null : new ContextActivities(map(ca.parent(), activities),
                        map(ca.grouping(), activities), map(ca.category(), activities), map(ca.other(), activities)))
                .revision(c.revision())
                .platform(c.platform())
                .language(c.language())
                .statement(c.statement())
                .extensions(c.extensions())
                .contextAgents(c.contextAgents() == null ? null : c.contextAgents().stream()
                        .map(a -> new ContextAgent((Agent) actors.apply(a.agent()), a.relevantTypes())).toList())
                .contextGroups(c.contextGroups() == null ? null : c.contextGroups().stream()
                        .map(g -> new ContextGroup((Group) actors.apply(g.group()), g.relevantTypes())).toList())
                .build();
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list == null ? null : list.stream().map(f).toList();
    }

    private static Actor idsActor(Actor actor) {
        if (actor instanceof Group group) {
            List<Agent> members = group.isAnonymous() && group.member() != null
                    ? group.member().stream().map(m -> (Agent) idsActor(m)).toList() : null;
            return new Group(null, members, group.mbox(), group.mboxSha1sum(), group.openid(), account(group.account()));
        }
        return new Agent(null, actor.mbox(), actor.mboxSha1sum(), actor.openid(), account(actor.account()));
    }

    private static Account account(Account account) {
        return account == null ? null : new Account(account.homePage(), account.name());
    }

    private static Activity filtered(Activity activity, LanguagePreference languages) {
        ActivityDefinition d = activity.definition();
        if (d == null) {
            return activity;
        }
        return new Activity(activity.id(), new ActivityDefinition(languages.pick(d.name()),
                languages.pick(d.description()), d.type(), d.moreInfo(), d.interactionType(),
                d.correctResponsesPattern(), components(d.choices(), languages), components(d.scale(), languages),
                components(d.source(), languages), components(d.target(), languages), components(d.steps(), languages),
                d.extensions()));
    }

    private static List<InteractionComponent> components(List<InteractionComponent> list, LanguagePreference languages) {
        return list == null ? null : list.stream()
                .map(c -> new InteractionComponent(c.id(), languages.pick(c.description()))).toList();
    }
}
