package se.kasus.tracking.lrs.api;

import java.util.Locale;

/** Content types of LRS requests, compared without their parameters. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String MULTIPART_MIXED = "multipart/mixed";

    private MediaTypes() {
    }

    /** The type and subtype in lower case, without parameters; empty for a missing header. */
    static String essence(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String contentType) {
        return JSON.equals(essence(contentType));
    }
}
