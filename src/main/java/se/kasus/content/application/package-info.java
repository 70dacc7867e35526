/**
 * Content use cases: import the course folders into versions, and the catalogue of published
 * course versions that other capabilities read. The transaction boundary. Depends on
 * {@code content.domain} and {@code shared.domain}.
 */
package se.kasus.content.application;
