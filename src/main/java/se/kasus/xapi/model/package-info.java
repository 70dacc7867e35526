/**
 * The immutable xAPI statement model: records for Statement, Actor (Agent, Group), Verb, the statement objects
 * (Activity, StatementRef, SubStatement), Result, Context and Attachment, each carrying the specification's rules as
 * Bean Validation constraints. Values whose format the specification restricts (IRIs, UUIDs, timestamps, durations)
 * are kept as the strings that were sent, so that a wrong value can be reported rather than lost. Depends on nothing
 * else in Kasus.
 */
package se.kasus.xapi.model;
