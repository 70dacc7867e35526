package se.kasus.content.infrastructure;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kasus.content.domain.ContentProblem;
import tools.jackson.databind.JsonNode;

/** The JSON Schemas of course-content/schema, packaged into the application as content-schema/. */
final class ContentSchemas {

    static final String BASE = "https://kasus.se/schema/course-content/";
    private static final List<String> FILES = List.of("defs", "principles", "course", "module", "case", "question-bank",
            "glossary");

    private final Map<String, Schema> schemas = new HashMap<>();

    ContentSchemas() {
        Map<String, String> texts = new HashMap<>();
        for (String name : FILES) {
            texts.put(BASE + name + ".schema.json", load("content-schema/" + name + ".schema.json"));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(texts));
        for (String name : FILES) {
            schemas.put(name, registry.getSchema(SchemaLocation.of(BASE + name + ".schema.json")));
        }
    }

    /** Checks a parsed file against the named schema ("case", "module", ...). */
    List<ContentProblem> check(String schemaName, String file, JsonNode document) {
        List<Error> errors = schemas.get(schemaName).validate(document);
        return errors.stream()
                .map(e -> new ContentProblem(file, field(e), "schema:" + e.getKeyword(), e.getMessage()))
                .toList();
    }

    private static String field(Error error) {
        String path = error.getInstanceLocation().toString();
        if (path.startsWith("$.")) {
            path = path.substring(2);
        }
        if (error.getProperty() != null && "required".equals(error.getKeyword())) {
            path = path.equals("$") || path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        return path.equals("$") || path.isEmpty() ? "(root)" : path;
    }

    private static String load(String resource) {
        try (InputStream in = ContentSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not packaged: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
