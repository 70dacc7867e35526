package se.kasus.tracking.domain;

import java.util.List;

public interface OutboxRepository {

    void add(OutboxEntry entry);

    /** The oldest undelivered entries of a target, in delivery order. */
    List<OutboxEntry> nextBatch(String target, int limit);

    List<OutboxEntry> byIds(List<Long> ids);

    long countPending(String target);

    /** The targets whose names start with the prefix and that have undelivered entries. */
    List<String> pendingTargets(String prefix);

    long countSent(String target);
}
