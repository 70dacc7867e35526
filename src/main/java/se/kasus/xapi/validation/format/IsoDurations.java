package se.kasus.xapi.validation.format;

import java.util.regex.Pattern;

/**
 * ISO 8601:2004 durations in the format of section 4.4.3.2 ({@code PnYnMnDTnHnMnS} or {@code PnW}), with decimal
 * fractions such as {@code PT4H35M59.14S}; the alternative format ({@code P0003-01-29T04:35:59}) is not allowed.
 */
public final class IsoDurations {

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile("^P(?:" + NUMBER + "W"
            + "|(?=\\d|T\\d)(?:" + NUMBER + "Y)?(?:" + NUMBER + "M)?(?:" + NUMBER + "D)?"
            + "(?:T(?=\\d)(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?)$");

    private IsoDurations() {
    }

    public static boolean isDuration(String value) {
        return value != null && DURATION.matcher(value).matches();
    }
}
