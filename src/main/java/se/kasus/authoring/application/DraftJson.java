package se.kasus.authoring.application;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * The JSON text of draft documents. Documents are stored pretty-printed ("key": value, one member a line), which
 * is also valid YAML, so the import's YAML reader reads a draft's documents as they are.
 */
final class DraftJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private DraftJson() {
    }

    /** The document as stored: a JSON object, pretty-printed; anything else is refused (400). */
    static String normalised(String text) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new se.kasus.shared.domain.InvalidInputException("document-not-json",
                    "Dokumentet är inte giltig JSON. Skicka dokumentet som ett JSON-objekt.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new se.kasus.shared.domain.InvalidInputException("document-not-object",
                    "Dokumentet ska vara ett JSON-objekt ({ ... }).");
        }
        return pretty(value.asJsonObject());
    }

    /** A document of the course export (ordered maps, lists, strings, numbers) as stored JSON text. */
    static String of(Map<String, Object> document) {
        return normalised(JSONB.toJson(document));
    }

    /** Stored text as a JSON value, to send inside another JSON body (the 409 problem). */
    static JsonValue value(String stored) {
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            return reader.readValue();
        }
    }

    private static String pretty(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(object);
        }
        String text = out.toString().strip();
        return text + "\n";
    }
}
