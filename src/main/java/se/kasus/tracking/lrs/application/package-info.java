/**
 * The LRS's use cases and transaction boundary: storing statements (also from tracking code, inside the learning
 * transaction), querying them, documents and credentials. Parses and writes xAPI JSON with {@code se.kasus.xapi}.
 */
package se.kasus.tracking.lrs.application;
