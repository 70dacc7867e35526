package se.kasus.cmi5.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

/**
 * Builds the statements an AU sends to the LMS's LRS (cmi5 "Quartz", sections 9.3 to 9.7): the cmi5 defined
 * statements initialized, completed, passed, failed and terminated, and "cmi5 allowed" statements (Kasus's
 * own answered, decided and so on) decorated with the launch's registration and session.
 *
 * <p>Every statement gets an id, a UTC timestamp from the clock, the launch actor and a context built on the
 * LMS's context template without overwriting any of its values (section 10.0): registration, the publisher id
 * in {@code contextActivities.grouping} (9.6.2.3) and the session id extension (9.6.3.1). cmi5 defined
 * statements add the cmi5 category (9.6.2.1); those whose result carries success or completion also the moveOn
 * category (9.6.2.2); passed and failed the masteryScore extension when the LMS gave one (9.6.3.2). Results
 * follow 9.5: completion only on completed, success only on passed (true) and failed (false), a score only on
 * passed and failed, a duration on completed, passed, failed and terminated.
 *
 * <p>The launchMode extension (9.6.3.3) is for the LMS's "launched" statement only ("AU usage: not
 * applicable"), so AU statements do not carry it.
 */
public final class Cmi5Statements {

    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    /** Verbs only the LMS uses (9.3.1, 9.3.6, 9.3.7, 9.3.9): an AU never sends them as cmi5 defined statements. */
    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String EXTENSION_SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String EXTENSION_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public static final String EXTENSION_LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";

    /** The cmi5 defined verbs that record completion: forbidden in Browse and Review (10.0 launchMode). */
    private static final Set<String> COMPLETION_VERBS = Set.of(COMPLETED, PASSED, FAILED);
    private static final Set<String> AU_DEFINED_VERBS = Set.of(INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED);
    private static final Set<String> LMS_ONLY_VERBS = Set.of(LAUNCHED, ABANDONED, WAIVED, SATISFIED);

    private final Clock clock;
    private final Supplier<UUID> ids;

    public Cmi5Statements(Clock clock) {
        this(clock, UUID::randomUUID);
    }

    public Cmi5Statements(Clock clock, Supplier<UUID> ids) {
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
    }

    /**
     * May an AU launched in this mode send a cmi5 defined statement with this verb? Initialized and terminated
     * always; completed, passed and failed only in Normal; the LMS's own verbs never.
     */
    public static boolean mayIssue(LaunchMode launchMode, String verbId) {
        if (LMS_ONLY_VERBS.contains(verbId)) {
            return false;
        }
        if (COMPLETION_VERBS.contains(verbId)) {
            return launchMode.recordsCompletion();
        }
        return AU_DEFINED_VERBS.contains(verbId);
    }

    /** Whether a verb belongs to the cmi5 defined statements an AU sends. */
    public static boolean isDefinedVerb(String verbId) {
        return AU_DEFINED_VERBS.contains(verbId);
    }

    /** The first statement of a session (9.3.2). */
    public Statement initialized(LaunchContext launch) {
        return defined(launch, verb(INITIALIZED, "initialized"), null, false, false);
    }

    /** The learner experienced all relevant material (9.3.3): completion true and the time it took. */
    public Statement completed(LaunchContext launch, Duration duration) {
        Result result = Result.builder().completion(true).duration(iso(duration)).build();
        return defined(launch, verb(COMPLETED, "completed"), result, true, false);
    }

    /**
     * The learner passed (9.3.4): success true, the scaled score (nullable) at or above masteryScore, and the
     * masteryScore extension when the LMS gave one.
     */
    public Statement passed(LaunchContext launch, Double scaled, Duration duration) {
        checkScaled(scaled);
        if (scaled != null && launch.masteryScore() != null && scaled < launch.masteryScore()) {
            throw new IllegalArgumentException("A passed score must be at least masteryScore " + launch.masteryScore());
        }
        return defined(launch, verb(PASSED, "passed"), judged(true, scaled, duration), true, true);
    }

    /** The learner failed (9.3.5): success false, the scaled score (nullable) below masteryScore. */
    public Statement failed(LaunchContext launch, Double scaled, Duration duration) {
        checkScaled(scaled);
        if (scaled != null && launch.masteryScore() != null && scaled >= launch.masteryScore()) {
            throw new IllegalArgumentException("A failed score must be below masteryScore " + launch.masteryScore());
        }
        return defined(launch, verb(FAILED, "failed"), judged(false, scaled, duration), true, true);
    }

    /**
     * Passed or failed by comparing the scaled score with the launch's masteryScore, or with
     * {@code fallbackMastery} (the AU's own rule, e.g. the module's quiz percent) when the LMS gave none.
     */
    public Statement judge(LaunchContext launch, double scaled, double fallbackMastery, Duration duration) {
        double mastery = launch.masteryScore() != null ? launch.masteryScore() : fallbackMastery;
        return scaled >= mastery ? passed(launch, scaled, duration) : failed(launch, scaled, duration);
    }

    /** The last statement of a session (9.3.8) with the session's duration. */
    public Statement terminated(LaunchContext launch, Duration duration) {
        Result result = Result.builder().duration(iso(duration)).build();
        return defined(launch, verb(TERMINATED, "terminated"), result, false, false);
    }

    /**
     * A "cmi5 allowed" statement: Kasus's own statement (verb, object, result and its context's extra values
     * kept) sent as the launch actor with the context template, registration and session id. It carries
     * neither the cmi5 nor the moveOn category, which are for cmi5 defined statements only.
     */
    public Statement allowed(LaunchContext launch, Statement statement) {
        Context own = statement.context();
        if (hasCategory(own, CATEGORY_CMI5) || hasCategory(own, CATEGORY_MOVE_ON)) {
            throw new IllegalArgumentException("A cmi5 allowed statement must not carry the cmi5 or moveOn category");
        }
        Context context = merge(template(launch), own, List.of(), Map.of());
        return statement.toBuilder()
                .id(statement.id() != null ? statement.id() : ids.get().toString())
                .actor(launch.actor())
                .context(context)
                .timestamp(statement.timestamp() != null ? statement.timestamp() : clock.instant().toString())
                .stored(null).authority(null).version(null)
                .build();
    }

    private Statement defined(LaunchContext launch, Verb verb, Result result, boolean moveOn, boolean mastery) {
        if (!mayIssue(launch.launchMode(), verb.id())) {
            throw new IllegalStateException("launchMode " + launch.launchMode().specValue() + " forbids " + verb.id());
        }
        List<String> categories = new ArrayList<>();
        categories.add(CATEGORY_CMI5);
        if (moveOn) {
            categories.add(CATEGORY_MOVE_ON);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (mastery && launch.masteryScore() != null) {
            extensions.put(EXTENSION_MASTERY_SCORE, launch.masteryScore());
        }
        Context context = merge(template(launch), null, categories, extensions);
        return Statement.builder()
                .id(ids.get())
                .actor(launch.actor())
                .verb(verb)
                .object(Activity.of(launch.activityId()))
                .result(result)
                .context(context)
                .timestamp(clock.instant().toString())
                .build();
    }

    /** The LMS's template, or the one it must have sent: publisher id grouping and session id. */
    private static Context template(LaunchContext launch) {
        Context given = launch.contextTemplate() != null ? launch.contextTemplate() : Context.builder().build();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(EXTENSION_SESSION_ID, launch.sessionId());
        Context required = Context.builder()
                .registration(launch.registration())
                .contextActivities(new ContextActivities(null, List.of(Activity.of(launch.publisherId())), null, null))
                .extensions(new Extensions(extensions))
                .build();
        return merge(given, required, List.of(), Map.of());
    }

    /**
     * The {@code base} context with what {@code extra} adds where base has no value: base values are never
     * overwritten; context activities are joined by id; extension keys of base win.
     */
    private static Context merge(Context base, Context extra, List<String> categories, Map<String, Object> extensions) {
        Context add = extra != null ? extra : Context.builder().build();
        ContextActivities b = base.contextActivities();
        ContextActivities a = add.contextActivities();
        List<Activity> category = join(b == null ? null : b.category(), a == null ? null : a.category());
        category = join(category, categories.stream().map(Activity::of).toList());
        ContextActivities activities = new ContextActivities(
                join(b == null ? null : b.parent(), a == null ? null : a.parent()),
                join(b == null ? null : b.grouping(), a == null ? null : a.grouping()),
                category,
                join(b == null ? null : b.other(), a == null ? null : a.other()));
        Map<String, Object> ext = new LinkedHashMap<>();
        if (add.extensions() != null) {
            ext.putAll(add.extensions().values());
        }
        extensions.forEach(ext::putIfAbsent);
        if (base.extensions() != null) {
            ext.putAll(base.extensions().values());
        }
        return Context.builder()
                .registration(first(base.registration(), add.registration()))
                .instructor(first(base.instructor(), add.instructor()))
                .team(first(base.team(), add.team()))
                .contextActivities(isEmpty(activities) ? null : activities)
                .revision(first(base.revision(), add.revision()))
                .platform(first(base.platform(), add.platform()))
                .language(first(base.language(), add.language()))
                .statement(first(base.statement(), add.statement()))
                .extensions(ext.isEmpty() ? null : new Extensions(ext))
                .contextAgents(first(base.contextAgents(), add.contextAgents()))
                .contextGroups(first(base.contextGroups(), add.contextGroups()))
                .build();
    }

    private static List<Activity> join(List<Activity> first, List<Activity> second) {
        if ((first == null || first.isEmpty()) && (second == null || second.isEmpty())) {
            return null;
        }
        List<Activity> joined = new ArrayList<>(first == null ? List.of() : first);
        if (second != null) {
            for (Activity activity : second) {
                if (joined.stream().noneMatch(a -> a.id().equals(activity.id()))) {
                    joined.add(activity);
                }
            }
        }
        return joined;
    }

    private static boolean isEmpty(ContextActivities activities) {
        return activities.parent() == null && activities.grouping() == null && activities.category() == null
                && activities.other() == null;
    }

    private static <T> T first(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static boolean hasCategory(Context context, String id) {
        return context != null && context.contextActivities() != null && context.contextActivities().category() != null
                && context.contextActivities().category().stream().anyMatch(a -> id.equals(a.id()));
    }

    private static Result judged(boolean success, Double scaled, Duration duration) {
        return Result.builder().success(success).score(scaled == null ? null : Score.scaled(scaled))
                .duration(iso(duration)).build();
    }

    private static void checkScaled(Double scaled) {
        if (scaled != null && (scaled.isNaN() || scaled < 0 || scaled > 1)) {
            throw new IllegalArgumentException("A scaled score is between 0 and 1: " + scaled);
        }
    }

    private static Verb verb(String id, String display) {
        return Verb.of(id, "en-US", display);
    }

    /** ISO 8601 duration to hundredths of a second, the precision xAPI keeps (xAPI 4.6). */
    static String iso(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration cannot be negative: " + duration);
        }
        long hundredths = duration.toMillis() / 10;
        long seconds = hundredths / 100;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        BigDecimal secs = BigDecimal.valueOf(seconds % 60 * 100 + hundredths % 100, 2).setScale(2, RoundingMode.DOWN)
                .stripTrailingZeros();
        StringBuilder out = new StringBuilder("PT");
        if (hours > 0) {
            out.append(hours).append('H');
        }
        if (minutes > 0) {
            out.append(minutes).append('M');
        }
        if (secs.signum() > 0 || out.length() == 2) {
            out.append(secs.toPlainString()).append('S');
        }
        return out.toString();
    }
}
