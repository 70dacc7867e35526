/** The application's single source of time; nothing else calls {@code Instant.now()}. */
package se.kasus.platform.time;
