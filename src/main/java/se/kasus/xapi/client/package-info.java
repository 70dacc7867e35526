/**
 * A client for a remote Learning Record Store over {@code java.net.http}: Statements (with paging through
 * {@code more}), State, Activity Profile and Agent Profile documents with ETag preconditions, and About. Basic
 * authentication and the {@code X-Experience-API-Version} header on every request; error statuses become
 * {@link se.kasus.xapi.client.LrsException}. Depends on nothing else in Kasus.
 */
package se.kasus.xapi.client;
