package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.time.Duration;
import se.kasus.xapi.validation.constraints.IsoDuration;

/**
 * A measured outcome of the statement.
 *
 * @param score the score (2.4.5.1)
 * @param success whether the attempt succeeded
 * @param completion whether the activity was completed
 * @param response the learner's response, formatted for the activity (see the response patterns of 2.4.4.1.s10)
 * @param duration how long the experience took, an ISO 8601 duration (4.6)
 * @param extensions other outcome properties by IRI (4.1)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.5">xAPI 1.0.3 Data, 2.4.5</a>
 */
public record Result(
        @Valid Score score,
        Boolean success,
        Boolean completion,
        String response,
        @IsoDuration String duration,
        @Valid Extensions extensions) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a result; every property is optional. */
    public static final class Builder {
        private Score score;
        private Boolean success;
        private Boolean completion;
        private String response;
        private String duration;
        private Extensions extensions;

        public Builder score(Score value) {
            score = value;
            return this;
        }

        public Builder success(Boolean value) {
            success = value;
            return this;
        }

        public Builder completion(Boolean value) {
            completion = value;
            return this;
        }

        public Builder response(String value) {
            response = value;
            return this;
        }

        public Builder duration(String value) {
            duration = value;
            return this;
        }

        public Builder duration(Duration value) {
            duration = value.toString();
            return this;
        }

        public Builder extensions(Extensions value) {
            extensions = value;
            return this;
        }

        public Result build() {
            return new Result(score, success, completion, response, duration, extensions);
        }
    }
}
