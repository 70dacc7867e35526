package se.kasus.shared.domain;

/** Too many attempts in a short time (password guesses); the caller may try again after {@code retryAfterSeconds}. */
public class TooManyAttemptsException extends RuntimeException {

    private final String code;
    private final long retryAfterSeconds;

    public TooManyAttemptsException(String code, String message, long retryAfterSeconds) {
        super(message);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
