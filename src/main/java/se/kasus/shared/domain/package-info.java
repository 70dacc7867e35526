/**
 * Building blocks every capability may use: the exception categories that the API maps to
 * problem responses. Depends on nothing in Kasus.
 */
package se.kasus.shared.domain;
