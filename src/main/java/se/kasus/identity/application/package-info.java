/**
 * Account use cases: create accounts, set roles, create the first administrator. The
 * transaction boundary. Depends on {@code identity.domain} and {@code shared.domain}.
 */
package se.kasus.identity.application;
