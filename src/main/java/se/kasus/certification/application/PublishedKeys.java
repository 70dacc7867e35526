package se.kasus.certification.application;

import java.util.Collection;

/**
 * Further public keys to publish besides this instance's own: the keys of other instances sharing the database,
 * and retired keys whose credentials must still verify. Optional: without an implementation only this instance's
 * key is published.
 */
public interface PublishedKeys {

    /** Public JWKs as JSON objects; private members and the {@code kid} are ignored (the key id is recomputed). */
    Collection<String> publicJwks();
}
