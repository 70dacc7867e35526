/**
 * The xAPI resources under {@code /xapi} (Statements, State, Activity and Agent Profiles, Activities, Agents,
 * About), the LRS's own Basic authentication and version header, and the admin resource for LRS credentials.
 * Depends on the LRS application layer and on {@code se.kasus.xapi}.
 */
package se.kasus.tracking.lrs.api;
