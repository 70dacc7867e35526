package se.kasus.tracking.lrs.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCursorTest {

    @Test
    void aCursorRoundTripsItsSequenceNumberAndIsUrlSafe() {
        String cursor = StatementCursor.encode(123_456_789L);

        assertThat(StatementCursor.decode(cursor)).contains(123_456_789L);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorThisLrsDidNotMakeIsRefused() {
        assertThat(StatementCursor.decode("not base64!")).isEmpty();
        assertThat(StatementCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("x:1".getBytes()))).isEmpty();
        assertThat(StatementCursor.decode(java.util.Base64.getUrlEncoder().encodeToString("s1:abc".getBytes()))).isEmpty();
    }
}
