package se.kasus.tracking.lrs.domain;

import java.time.Instant;
import java.util.List;

/**
 * The stored time of a batch of new statements and their sequence numbers, taken together
 * ({@link StatementRepository#stamp}).
 *
 * @param stored the stored time of every statement of the batch
 * @param seqs a sequence number for each statement, in order; empty when {@link StatementRepository#addAll} numbers
 *             them
 */
public record StatementStamp(Instant stored, List<Long> seqs) {

    public StatementStamp {
        seqs = List.copyOf(seqs);
    }
}
