package se.kasus.xapi.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tools.jackson.core.io.NumberOutput;

/**
 * Numbers written as JavaScript's {@code Number.prototype.toString} writes them ({@code 8}, {@code 0.5},
 * {@code 1e-7}, {@code 1e+21}), because some LMSs re-serialise statements in JavaScript and compare bytes.
 */
final class JsNumbers {

    private JsNumbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new XapiJsonException("JSON has no notation for " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = shortest(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();
        return (value < 0 ? "-" : "") + layout(digits, k, n);
    }

    /**
     * The shortest decimal that reads back as the same double, as JavaScript picks it. Java's shortest form has at
     * least two digits (4.9E-324), so a one-digit form that reads back the same is preferred (5e-324).
     */
    private static BigDecimal shortest(double value) {
        BigDecimal decimal = new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros();
        if (decimal.precision() == 2) {
            BigDecimal oneDigit = decimal.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (oneDigit.doubleValue() == value) {
                return oneDigit.stripTrailingZeros();
            }
        }
        return decimal;
    }

    /** ECMAScript Number::toString for digits d1..dk and the value 0.d1..dk × 10^n. */
    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
