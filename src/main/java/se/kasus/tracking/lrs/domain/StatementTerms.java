package se.kasus.tracking.lrs.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.ContextAgent;
import se.kasus.xapi.model.ContextGroup;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.SubStatement;

/**
 * The terms a statement is found by, following the filters of GET Statements (xAPI 1.0.3 Communication 2.1.3):
 * {@code agent} matches the actor or object (and the members of a Group there), {@code related_agents} also the
 * authority, instructor, team, context agents and groups, and all of these in a SubStatement; {@code activity}
 * matches the object Activity, {@code related_activities} also the context activities and the SubStatement's.
 */
public final class StatementTerms {

    private final Map<String, Term> terms = new LinkedHashMap<>();

    private StatementTerms() {
    }

    public static Collection<Term> of(Statement statement) {
        StatementTerms t = new StatementTerms();
        t.add(TermKind.VERB, IndexKey.of(statement.verb().id()), true);
        if (statement.context() != null && statement.context().registration() != null) {
            t.add(TermKind.REGISTRATION, statement.context().registration().toLowerCase(Locale.ROOT), true);
        }
        t.actor(statement.actor(), true);
        t.object(statement.object(), true);
        if (statement.object() instanceof StatementRef ref) {
            t.add(TermKind.REFERENCE, ref.id().toLowerCase(Locale.ROOT), true);
        }
        t.actor(statement.authority(), false);
        t.context(statement.context());
        if (statement.object() instanceof SubStatement sub) {
            t.actor(sub.actor(), false);
            t.object(sub.object(), false);
            t.context(sub.context());
        }
        return List.copyOf(t.terms.values());
    }

    /** Merges two term sets, a term being direct when it is direct in either. */
    public static Collection<Term> union(Collection<Term> first, Collection<Term> second) {
        StatementTerms t = new StatementTerms();
        first.forEach(term -> t.add(term.kind(), term.key(), term.direct()));
        second.forEach(term -> t.add(term.kind(), term.key(), term.direct()));
        return List.copyOf(t.terms.values());
    }

    private void object(StatementObject object, boolean direct) {
        if (object instanceof Activity activity) {
            add(TermKind.ACTIVITY, IndexKey.of(activity.id()), direct);
        } else if (object instanceof Actor actor) {
            actor(actor, direct);
        }
    }

    private void actor(Actor actor, boolean direct) {
        if (actor == null) {
            return;
        }
        ActorKey.of(actor).ifPresent(key -> add(TermKind.AGENT, key, direct));
        if (actor instanceof Group group && group.member() != null) {
            for (Agent member : group.member()) {
                ActorKey.of(member).ifPresent(key -> add(TermKind.AGENT, key, direct));
            }
        }
    }

    private void context(Context context) {
        if (context == null) {
            return;
        }
        actor(context.instructor(), false);
        actor(context.team(), false);
        if (context.contextAgents() != null) {
            context.contextAgents().stream().map(ContextAgent::agent).forEach(a -> actor(a, false));
        }
        if (context.contextGroups() != null) {
            context.contextGroups().stream().map(ContextGroup::group).forEach(g -> actor(g, false));
        }
        ContextActivities activities = context.contextActivities();
        if (activities != null) {
            for (List<Activity> list : new java.util.ArrayList<>(java.util.Arrays.asList(
                    activities.parent(), activities.grouping(), activities.category(), activities.other()))) {
                if (list != null) {
                    list.forEach(a -> add(TermKind.ACTIVITY, IndexKey.of(a.id()), false));
                }
            }
        }
    }

    private void add(TermKind kind, String key, boolean direct) {
        terms.merge(kind.code() + key, new Term(kind, key, direct),
                (old, added) -> old.direct() ? old : added);
    }

    /** The kinds whose plain filter and related filter differ. */
    public static final Set<TermKind> WIDENED_BY_RELATED = Set.of(TermKind.ACTIVITY, TermKind.AGENT);
}
