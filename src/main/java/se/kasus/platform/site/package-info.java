/**
 * What the public pages (accessibility statement, personal data, help) say about the organisation that runs
 * Kasus: operator, contacts, retention, read from configuration and served without login. Depends on no capability.
 */
package se.kasus.platform.site;
