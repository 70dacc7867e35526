/**
 * The database schema: Liquibase changesets run at start, under Liquibase's lock, before any capability uses the
 * persistence unit. A database made before migrations existed is recognised and brought under Liquibase by recording
 * the baseline as applied. Depends on nothing else in Kasus.
 */
package se.kasus.platform.persistence.migration;
