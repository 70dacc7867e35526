package se.kasus.cmi5.domain;

/** A launch that cannot go on; the launch page shows {@link LaunchFailure#swedishText()}. */
public class LaunchException extends RuntimeException {

    private final LaunchFailure failure;

    public LaunchException(LaunchFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    public LaunchException(LaunchFailure failure, String detail, Throwable cause) {
        super(failure + ": " + detail, cause);
        this.failure = failure;
    }

    public LaunchFailure failure() {
        return failure;
    }
}
