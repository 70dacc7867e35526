/**
 * JPA repositories of the outbox and target states, the sender to external LRSs built on the xapi
 * client, and the scheduler that runs delivery. May depend on {@code tracking.application},
 * {@code tracking.domain} and {@code xapi}.
 */
package se.kasus.tracking.infrastructure;
