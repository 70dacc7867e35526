package se.kasus.xapi.json;

import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Score;
import tools.jackson.databind.JsonNode;

/** Reads results and scores. */
final class ResultReader {

    private ResultReader() {
    }

    static Result result(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> Result.builder()
                .score(f.object("score", ResultReader::score))
                .success(f.bool("success"))
                .completion(f.bool("completion"))
                .response(f.string("response"))
                .duration(f.string("duration"))
                .extensions(f.extensions("extensions"))
                .build());
    }

    static Score score(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems,
                f -> new Score(f.number("scaled"), f.number("raw"), f.number("min"), f.number("max")));
    }
}
