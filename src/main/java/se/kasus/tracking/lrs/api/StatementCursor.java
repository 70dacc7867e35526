package se.kasus.tracking.lrs.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code cursor} parameter of a statement query's {@code more} link: where the previous page ended. Opaque to
 * clients; the other parameters of the link repeat the original query, so every page applies the same filters.
 */
public final class StatementCursor {

    public static final String PARAMETER = "cursor";
    private static final String PREFIX = "s1:";

    private StatementCursor() {
    }

    public static String encode(long afterSeq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + afterSeq).getBytes(StandardCharsets.US_ASCII));
    }

    public static Optional<Long> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            return text.startsWith(PREFIX) ? Optional.of(Long.parseLong(text.substring(PREFIX.length())))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
