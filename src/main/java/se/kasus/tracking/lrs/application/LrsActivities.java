package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.kasus.tracking.lrs.domain.CanonicalActivity;
import se.kasus.tracking.lrs.domain.CanonicalActivityRepository;
import se.kasus.tracking.lrs.domain.DefinitionMerge;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Canonical activity definitions: everything the stored statements said about an activity, merged (see
 * {@link DefinitionMerge}: language maps gain languages, newer values win). They are kept in a
 * transaction of their own, so that two requests defining the same new activity at once cannot make either fail
 * to store its statements; the definitions this server wrote last are remembered, so that the usual statement,
 * whose activities are already defined alike, costs no write.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class LrsActivities {

    private static final int REMEMBERED = 10_000;

    @Inject
    CanonicalActivityRepository repository;

    @Inject
    Clock clock;

    private final Map<String, ActivityDefinition> written = new ConcurrentHashMap<>();

    /** The Activity object for the Activities Resource: the canonical one, or just its id when it has none. */
    public Activity find(String activityId) {
        return repository.find(activityId).map(LrsActivities::read).orElse(Activity.of(activityId));
    }

    private static Activity read(CanonicalActivity known) {
        return (Activity) XapiJson.readStatement(wrapped(known.json())).object();
    }

    private static String json(Activity activity) {
        return JSON.readTree(XapiJson.write(carrier(activity))).get("object").toString();
    }

    /** The JSON of the Activity object for the Activities Resource. */
    public String json(String activityId) {
        return repository.find(activityId).map(CanonicalActivity::json)
                .orElseGet(() -> JSON.readTree(XapiJson.write(carrier(Activity.of(activityId)))).get("object").toString());
    }

    /** The canonical form of an activity met in a statement; the activity itself when the LRS knows none. */
    public Activity canonical(Activity activity) {
        Activity known = find(activity.id());
        return known.definition() == null ? activity : known;
    }

    /** The activities whose definitions differ from the ones this server recorded last (or that it never saw). */
    public List<Activity> newlyDefined(Collection<Activity> activities) {
        Map<String, Activity> changed = new LinkedHashMap<>();
        for (Activity activity : activities) {
            if (activity.definition() != null && !activity.definition().equals(written.get(activity.id()))) {
                changed.put(activity.id(), activity);
            }
        }
        return List.copyOf(changed.values());
    }

    /** Records the definitions these activities carry as the canonical ones. */
    @Transactional(TxType.REQUIRES_NEW)
    public void define(Collection<Activity> activities) {
        Map<String, Activity> changed = new LinkedHashMap<>();
        newlyDefined(activities).forEach(a -> changed.put(a.id(), a));
        if (changed.isEmpty()) {
            return;
        }
        changed.forEach((id, activity) -> repository.find(id).ifPresentOrElse(
                known -> known.redefine(json(new Activity(id, DefinitionMerge.merge(read(known).definition(),
                        activity.definition()))), clock.instant()),
                () -> repository.add(new CanonicalActivity(id, json(activity), clock.instant()))));
        if (written.size() > REMEMBERED) {
            written.clear();
        }
        changed.forEach((id, activity) -> written.put(id, activity.definition()));
    }

    // The xAPI package reads and writes whole statements; an activity travels as the object of a minimal one.
    private static Statement carrier(Activity activity) {
        return Statement.builder().actor(CARRIER_ACTOR).verb(CARRIER_VERB).object(activity).build();
    }

    private static String wrapped(String activityJson) {
        ObjectNode statement = (ObjectNode) JSON.readTree(XapiJson.write(carrier(Activity.of("urn:kasus:carrier"))));
        statement.set("object", JSON.readTree(activityJson));
        return statement.toString();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Agent CARRIER_ACTOR = Agent.withMbox(null, "mailto:lrs@kasus.invalid");
    private static final Verb CARRIER_VERB = new Verb("urn:kasus:carrier", null);
}
