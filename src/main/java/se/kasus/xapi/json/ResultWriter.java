package se.kasus.xapi.json;

import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;

/** Writes results and scores. */
final class ResultWriter {

    private ResultWriter() {
    }

    static void result(Out out, Result result) {
        out.object("score", result.score(), ResultWriter::score)
                .bool("success", result.success())
                .bool("completion", result.completion())
                .string("response", result.response())
                .string("duration", result.duration())
                .extensions("extensions", result.extensions());
    }

    private static void score(Out out, Score score) {
        out.number("scaled", score.scaled())
                .number("raw", score.raw())
                .number("min", score.min())
                .number("max", score.max());
    }
}
