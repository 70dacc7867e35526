/**
 * cmi5 launch values and statement rules (cmi5 Quartz sections 8 to 10): launch parameters, LMS.LaunchData, the
 * launch context of one AU session, the defined verbs, the launchMode rule and the builder of the defined and
 * "cmi5 allowed" statements. Depends on {@code xapi.model} only.
 */
package se.kasus.cmi5.domain;
