/**
 * Accounts and their roles. Depends only on {@code shared.domain}; JPA and Bean Validation
 * annotations are allowed on the entity.
 */
package se.kasus.identity.domain;
