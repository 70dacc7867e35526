package se.kasus.tracking.lrs.domain;

/**
 * One thing a statement can be found by.
 *
 * @param kind verb, registration, activity or agent
 * @param key the index key of the value ({@link IndexKey}, {@link ActorKey})
 * @param direct true when a plain filter matches it (the object Activity; the actor or object Agent or Group and
 *               its members); false when only {@code related_activities} or {@code related_agents} does
 */
public record Term(TermKind kind, String key, boolean direct) {
}
