package se.kasus.xapi;

/** Links into the specification text, so that every rule and every reported problem can name its source. */
public final class XapiSpec {

    /** Part Two (Data) of xAPI 1.0.3; append a section anchor such as {@code 2.4.5.1}. */
    public static final String DATA = "https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#";

    /** Part Three (Communication) of xAPI 1.0.3. */
    public static final String COMMUNICATION = "https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#";

    /** The IEEE 9274.1.1 (xAPI 2.0) base standard for Learning Record Stores. */
    public static final String IEEE_9274_1_1 =
            "https://opensource.ieee.org/xapi/xapi-base-standard-documentation/-/blob/main/9274.1.1%20xAPI%20Base%20Standard%20for%20LRSs.md";

    private XapiSpec() {
    }

    public static String data(String section) {
        return DATA + section;
    }
}
