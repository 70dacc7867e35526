package se.kasus.xapi.json;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.kasus.xapi.model.About;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the xAPI model as JSON. {@code parse…} methods are lenient and return what they could read with
 * the problems they found; {@code read…} methods return the same value and ignore the problems, failing only on text
 * that is not JSON or not an object; {@code write…} methods write compact JSON.
 */
public final class XapiJson {

    // A property given twice is a JSON mistake the specification names (2.2.s2.b2): refuse it while parsing
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private XapiJson() {
    }

    public static String write(Statement statement) {
        return write(generator -> new Out(generator).objectValue(statement, StatementWriter::statement));
    }

    /**
     * Writes a statement already reduced to the {@code ids} format (see the LRS's StatementFormats) with its
     * Activities as {@code {"id": …}} alone: the object, a SubStatement's object and every context activity lose
     * the optional {@code "objectType": "Activity"}.
     */
    public static String writeIds(Statement statement) {
        ObjectNode node = (ObjectNode) MAPPER.readTree(write(statement));
        idsOnly(node);
        return MAPPER.writeValueAsString(node);
    }

    private static void idsOnly(ObjectNode statement) {
        JsonNode object = statement.get("object");
        if (object instanceof ObjectNode o) {
            if ("Activity".equals(o.path("objectType").asString(null))) {
                o.remove("objectType");
            } else if ("SubStatement".equals(o.path("objectType").asString(null))) {
                idsOnly(o);
            }
        }
        JsonNode contextActivities = statement.path("context").path("contextActivities");
        for (String kind : List.of("parent", "grouping", "category", "other")) {
            for (JsonNode activity : contextActivities.path(kind)) {
                if (activity instanceof ObjectNode a) {
                    a.remove("objectType");
                }
            }
        }
    }

    public static String write(List<Statement> statements) {
        return write(generator -> {
            generator.writeStartArray();
            statements.forEach(s -> new Out(generator).objectValue(s, StatementWriter::statement));
            generator.writeEndArray();
        });
    }

    public static String write(StatementResult result) {
        return write(generator -> new Out(generator).objectValue(result, StatementWriter::statementResult));
    }

    public static String write(Actor actor) {
        return write(generator -> new Out(generator).objectValue(actor, ActorWriter::actor));
    }

    public static String write(se.kasus.xapi.model.Activity activity) {
        return write(generator -> new Out(generator).objectValue(activity, ActivityWriter::activity));
    }

    public static String write(About about) {
        return write(generator -> new Out(generator).objectValue(about,
                (out, a) -> out.strings("version", a.version()).extensions("extensions", a.extensions())));
    }

    /** A JSON array of strings, as the ids of documents or of posted statements. */
    public static String writeStrings(List<String> values) {
        return write(generator -> {
            generator.writeStartArray();
            values.forEach(generator::writeString);
            generator.writeEndArray();
        });
    }

    public static Parsed<Statement> parseStatement(String json) {
        return parse(json, StatementReader::statement);
    }

    /** One statement or a JSON array of them, as a statements POST may carry. */
    public static Parsed<List<Statement>> parseStatements(String json) {
        return parse(json, (node, path, problems) -> {
            if (node.isArray()) {
                var statements = new ArrayList<Statement>();
                for (int i = 0; i < node.size(); i++) {
                    statements.add(StatementReader.statement(node.get(i), Paths.index(path, i), problems));
                }
                // An unreadable element leaves no list whose indices match the JSON
                return statements.contains(null) ? null : List.copyOf(statements);
            }
            Statement statement = StatementReader.statement(node, path, problems);
            return statement == null ? null : List.of(statement);
        });
    }

    public static Parsed<Actor> parseActor(String json) {
        return parse(json, ActorReader::actor);
    }

    public static Statement readStatement(String json) {
        return required(parseStatement(json), "a statement");
    }

    public static List<Statement> readStatements(String json) {
        return required(parseStatements(json), "statements");
    }

    public static StatementResult readStatementResult(String json) {
        return required(parse(json, StatementReader::statementResult), "a statement result");
    }

    public static About readAbout(String json) {
        return required(parse(json, (node, path, problems) -> Fields.read(node, path, problems,
                f -> new About(f.strings("version"), f.extensions("extensions")))), "an About object");
    }

    /** A JSON array of strings, as the ids of documents or of posted statements. */
    public static List<String> readStrings(String json) {
        return required(parse(json, (node, path, problems) -> {
            if (!node.isArray()) {
                problems.add(path, "must be a JSON array of strings", "2.2.s4.b1");
                return null;
            }
            List<String> values = new ArrayList<>();
            node.values().forEach(v -> values.add(v.asString()));
            return List.copyOf(values);
        }), "an array of strings");
    }

    public static Actor readActor(String json) {
        return required(parseActor(json), "an Agent or Group");
    }

    private static <T> T required(Parsed<T> parsed, String what) {
        if (parsed.value() == null) {
            String reason = parsed.problems().isEmpty() ? "" : ": " + parsed.problems().get(0).message();
            throw new XapiJsonException("The JSON is not " + what + reason);
        }
        return parsed.value();
    }

    private static <T> Parsed<T> parse(String json, NodeReader<T> reader) {
        Problems problems = new Problems();
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage();
            problems.add(Paths.ROOT, "is not valid JSON: " + reason,
                    reason != null && reason.startsWith("Duplicate") ? "2.2.s2.b2" : "2.2.s4.b1");
            return new Parsed<>(null, problems.all());
        }
        if (node == null || node.isMissingNode()) {
            problems.add(Paths.ROOT, "is empty", "2.2.s4.b1");
            return new Parsed<>(null, problems.all());
        }
        T value = reader.read(node, Paths.ROOT, problems);
        return new Parsed<>(value, problems.all());
    }

    private static String write(Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(text)) {
            body.accept(generator);
        }
        return text.toString();
    }
}
