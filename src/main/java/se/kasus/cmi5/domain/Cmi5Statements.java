package se.kasus.cmi5.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;
import se.kasus.xapi.model.Statement;

/**
 * The statements an AU sends in a launch session, to the letter of cmi5 (Quartz) section 9: the "cmi5 defined"
 * initialized, completed, passed, failed and terminated, and the decoration of Kasus's own statements as
 * "cmi5 allowed" ones. Every context starts from the LMS's contextTemplate and never overwrites its values.
 */
public final class Cmi5Statements {

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String EXTENSION_SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String EXTENSION_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    private Cmi5Statements() {
    }

    /** Section 10, launchMode: Normal sends every defined verb, Browse and Review only initialized and terminated. */
    public static boolean mayIssue(LaunchMode mode, Cmi5Verb verb) {
        return mode == LaunchMode.NORMAL || !verb.isCompletionRelated();
    }

    /** The first statement of the session (9.3.2): no result. */
    public static Statement initialized(LaunchContext launch, Instant at) {
        return defined(launch, Cmi5Verb.INITIALIZED, null, at);
    }

    /** The learner experienced all relevant material (9.3.3): completion true and the duration (9.5.3, 9.5.4). */
    public static Statement completed(LaunchContext launch, Instant at, Duration duration) {
        return defined(launch, Cmi5Verb.COMPLETED, Result.builder().completion(true).duration(duration).build(), at);
    }

    /**
     * Passed or failed for a judged AU (9.3.4, 9.3.5): with a masteryScore the scaled score decides (passed when it
     * is at least the masteryScore); without one, Kasus's own pass rule does. success, the scaled score and the
     * duration are in the result (9.5.1, 9.5.2, 9.5.4), the masteryScore in the context (9.6.3.2).
     */
    public static Statement judged(LaunchContext launch, double scaled, boolean passedByOwnRule, Instant at,
            Duration duration) {
        boolean passed = launch.masteryScore() == null ? passedByOwnRule : scaled >= launch.masteryScore();
        Cmi5Verb verb = passed ? Cmi5Verb.PASSED : Cmi5Verb.FAILED;
        Result result = Result.builder().score(Score.scaled(scaled)).success(passed).duration(duration).build();
        return defined(launch, verb, result, at);
    }

    /** The last statement of the session (9.3.8) with its duration since initialized (9.5.4.1). */
    public static Statement terminated(LaunchContext launch, Instant at, Duration duration) {
        return defined(launch, Cmi5Verb.TERMINATED, Result.builder().duration(duration).build(), at);
    }

    /**
     * Kasus's own statement (answered, chose, ...) as a "cmi5 allowed" statement for the LMS: the launch's actor,
     * the contextTemplate (publisher id grouping), the registration and the session id; never the cmi5 category,
     * which marks defined statements only (9.6.2.1).
     */
    public static Statement allowed(LaunchContext launch, Statement own) {
        Context base = own.context() == null ? Context.builder().build() : own.context();
        ContextActivities ownActivities = base.contextActivities();
        ContextActivities template = launch.contextTemplate() == null ? null
                : launch.contextTemplate().contextActivities();
        List<Activity> category = without(concat(categories(template), categories(ownActivities)), CATEGORY_CMI5);
        category = without(category, CATEGORY_MOVE_ON);
        ContextActivities activities = new ContextActivities(
                concat(template == null ? null : template.parent(), ownActivities == null ? null : ownActivities.parent()),
                withPublisher(concat(template == null ? null : template.grouping(),
                        ownActivities == null ? null : ownActivities.grouping()), launch.publisherId()),
                category.isEmpty() ? null : category,
                concat(template == null ? null : template.other(), ownActivities == null ? null : ownActivities.other()));
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (base.extensions() != null) {
            extensions.putAll(base.extensions().values());
        }
        if (launch.contextTemplate() != null && launch.contextTemplate().extensions() != null) {
            extensions.putAll(launch.contextTemplate().extensions().values());
        }
        extensions.putIfAbsent(EXTENSION_SESSION_ID, launch.sessionId());
        Context context = new Context(registrationOf(launch), base.instructor(), base.team(), activities,
                base.revision(), base.platform(), base.language(), base.statement(), new Extensions(extensions),
                base.contextAgents(), base.contextGroups());
        return own.toBuilder().actor(launch.actor()).context(context).build();
    }

    private static Statement defined(LaunchContext launch, Cmi5Verb verb, Result result, Instant at) {
        if (!mayIssue(launch.launchMode(), verb)) {
            throw new IllegalStateException(verb + " is not sent in launchMode " + launch.launchMode().specValue());
        }
        boolean moveOn = result != null && (result.success() != null || result.completion() != null);
        boolean judged = verb == Cmi5Verb.PASSED || verb == Cmi5Verb.FAILED;
        return Statement.builder()
                .id(UUID.randomUUID())
                .actor(launch.actor())
                .verb(verb.verb())
                .object(Activity.of(launch.activityId()))
                .result(result)
                .context(context(launch, moveOn, judged && launch.masteryScore() != null))
                .timestamp(at)
                .build();
    }

    /** The contextTemplate plus what 9.6 requires; a value already in the template is kept as the LMS wrote it. */
    private static Context context(LaunchContext launch, boolean moveOn, boolean masteryScore) {
        Context template = launch.contextTemplate() == null ? Context.builder().build() : launch.contextTemplate();
        ContextActivities given = template.contextActivities();
        List<Activity> category = new ArrayList<>(categories(given));
        addIfAbsent(category, CATEGORY_CMI5);
        if (moveOn) {
            addIfAbsent(category, CATEGORY_MOVE_ON);
        } else {
            category = without(category, CATEGORY_MOVE_ON);
        }
        ContextActivities activities = new ContextActivities(
                given == null ? null : given.parent(),
                withPublisher(given == null ? null : given.grouping(), launch.publisherId()),
                category,
                given == null ? null : given.other());
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (template.extensions() != null) {
            extensions.putAll(template.extensions().values());
        }
        extensions.putIfAbsent(EXTENSION_SESSION_ID, launch.sessionId());
        if (masteryScore) {
            extensions.putIfAbsent(EXTENSION_MASTERY_SCORE, launch.masteryScore());
        }
        return new Context(registrationOf(launch), template.instructor(), template.team(), activities,
                template.revision(), template.platform(), template.language(), template.statement(),
                new Extensions(extensions), template.contextAgents(), template.contextGroups());
    }

    private static String registrationOf(LaunchContext launch) {
        String fromTemplate = launch.contextTemplate() == null ? null : launch.contextTemplate().registration();
        return fromTemplate != null ? fromTemplate : launch.registration().toString();
    }

    private static List<Activity> categories(ContextActivities activities) {
        return activities == null || activities.category() == null ? List.of() : activities.category();
    }

    private static List<Activity> withPublisher(List<Activity> grouping, String publisherId) {
        List<Activity> result = grouping == null ? new ArrayList<>() : new ArrayList<>(grouping);
        if (publisherId != null) {
            addIfAbsent(result, publisherId);
        }
        return result.isEmpty() ? null : result;
    }

    private static void addIfAbsent(List<Activity> activities, String id) {
        if (activities.stream().noneMatch(a -> a.id().equals(id))) {
            activities.add(Activity.of(id));
        }
    }

    private static List<Activity> without(List<Activity> activities, String id) {
        return new ArrayList<>(activities.stream().filter(a -> !a.id().equals(id)).toList());
    }

    private static List<Activity> concat(List<Activity> first, List<Activity> second) {
        List<Activity> result = new ArrayList<>();
        if (first != null) {
            result.addAll(first);
        }
        if (second != null) {
            second.stream().filter(a -> result.stream().noneMatch(r -> r.id().equals(a.id()))).forEach(result::add);
        }
        return result.isEmpty() && first == null && second == null ? null : result;
    }
}
