package se.kasus.xapi.model;

import se.kasus.xapi.validation.constraints.MinBelowMax;
import se.kasus.xapi.validation.constraints.RawWithinRange;
import se.kasus.xapi.validation.constraints.ScaledScore;

/**
 * The score of a graded activity.
 *
 * @param scaled the score scaled to -1..1 inclusive (recommended; 2.4.5.1)
 * @param raw the unscaled score, between min and max inclusive when they are given (2.4.5.1)
 * @param min the lowest possible score, below max (2.4.5.1)
 * @param max the highest possible score, above min (2.4.5.1)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.5.1">xAPI 1.0.3 Data, 2.4.5.1</a>
 */
@MinBelowMax
@RawWithinRange
public record Score(@ScaledScore Double scaled, Double raw, Double min, Double max) {

    public static Score scaled(double scaled) {
        return new Score(scaled, null, null, null);
    }

    public static Score of(double raw, double min, double max) {
        return new Score((raw - min) / (max - min), raw, min, max);
    }
}
