/**
 * Online backups of the embedded Derby database with Derby's own backup procedure: on a schedule
 * from configuration and on an administrator's request, kept in a folder with a retention count.
 * An operations concern of the whole server, so it lives in the platform; depends on
 * {@code shared.domain}, {@code platform.security} and the injected Clock, on no capability.
 */
package se.kasus.platform.backup;
