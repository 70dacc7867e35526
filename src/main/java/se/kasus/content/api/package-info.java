/** The course catalogue API. Depends on {@code content.application} and {@code content.domain}. */
package se.kasus.content.api;
