package se.kasus.certification.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The answers of the public Open Badges documents: readable by any verifier, also from a page on another origin. */
final class PublicDocuments {

    static final String JWK_SET = "application/jwk-set+json";
    static final String JWK = "application/jwk+json";

    private PublicDocuments() {
    }

    /** Public data: any origin may read it (no cookies are sent along), and a cache may keep it for five minutes. */
    static Response cached(String body, String mediaType) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body, mediaType).cacheControl(cache).header("Access-Control-Allow-Origin", "*").build();
    }

    /** Public data that must never be served stale: a revocation shows at once. */
    static Response uncached(String body, String mediaType) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return Response.ok(body, mediaType).cacheControl(cache).header("Access-Control-Allow-Origin", "*").build();
    }
}
