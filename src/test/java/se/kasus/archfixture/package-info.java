/**
 * Classes that break, or just keep, the rules of {@code se.kasus.ArchitectureTest}, so that
 * {@code ArchitectureRulesCatchTest} can show that each rule finds what it is meant to find. Test
 * sources only; the architecture test itself looks at main classes.
 */
package se.kasus.archfixture;
