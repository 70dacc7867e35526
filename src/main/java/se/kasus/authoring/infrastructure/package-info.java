/** The JPA repositories of drafts and publications. May depend on {@code authoring.application} and {@code authoring.domain}. */
package se.kasus.authoring.infrastructure;
