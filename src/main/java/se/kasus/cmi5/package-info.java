/**
 * cmi5: Kasus as assignable units (AUs) an LMS launches. The domain holds the launch values and the cmi5 statement
 * rules (cmi5 Quartz, sections 8 to 11); the infrastructure talks to the LMS (fetch URL, State and Agent Profile).
 */
package se.kasus.cmi5;
