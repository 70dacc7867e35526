/**
 * The embedded Learning Record Store's model: stored statements with the index terms that queries match on,
 * documents, attachments and LRS credentials, with their repository interfaces. Uses the xAPI model of
 * {@code se.kasus.xapi.model}; depends on no JSON, REST or transaction API.
 */
package se.kasus.tracking.lrs.domain;
