/**
 * Delivering xAPI statements to external Learning Record Stores: the outbox written in the same
 * transaction as a statement, each target's delivery state, and the retry policy. Depends on
 * {@code shared.domain}.
 */
package se.kasus.tracking.domain;
