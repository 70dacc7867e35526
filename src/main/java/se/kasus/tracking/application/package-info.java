/**
 * xAPI tracking: statements built from learning events in the same transaction, stored in the
 * embedded LRS and queued for every configured target; delivery in order with retries. Depends
 * on {@code tracking.domain}, {@code tracking.lrs.application}, {@code learning.domain},
 * {@code content.application}, {@code identity.application} and {@code xapi}.
 */
package se.kasus.tracking.application;
