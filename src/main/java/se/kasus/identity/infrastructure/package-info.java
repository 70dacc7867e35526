/**
 * JPA repository for accounts, PBKDF2 hashing through Jakarta Security and the start-up hook
 * that creates the first administrator. May depend on {@code identity.application} and
 * {@code identity.domain}.
 */
package se.kasus.identity.infrastructure;
