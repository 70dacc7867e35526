package se.kasus.xapi.json;

/** The text is not JSON, or not JSON of the expected shape at all. */
public class XapiJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public XapiJsonException(String message) {
        super(message);
    }

    public XapiJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
