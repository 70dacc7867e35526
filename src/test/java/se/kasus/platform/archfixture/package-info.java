/**
 * Platform classes for {@code se.kasus.ArchitectureRulesCatchTest}: one that queries a table,
 * which the platform may not, and one that converts values and maps a persistence exception, which
 * it may. Test sources only.
 */
package se.kasus.platform.archfixture;
