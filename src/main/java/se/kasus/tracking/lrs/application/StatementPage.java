package se.kasus.tracking.lrs.application;

import java.util.List;

/**
 * One page of a statement query.
 *
 * @param statements the statements, in the query's order
 * @param nextAfter the cursor for the next page (the last sequence number of this page); null when this is the last
 */
public record StatementPage(List<StoredJson> statements, Long nextAfter) {
}
