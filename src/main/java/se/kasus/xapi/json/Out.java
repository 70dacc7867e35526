package se.kasus.xapi.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.LanguageMap;
import tools.jackson.core.JsonGenerator;

/** Writes the properties of one JSON object, leaving out absent values. */
final class Out {

    private final JsonGenerator generator;

    Out(JsonGenerator generator) {
        this.generator = generator;
    }

    Out string(String name, String value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeString(value);
        }
        return this;
    }

    Out number(String name, Double value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeNumber(JsNumbers.format(value));
        }
        return this;
    }

    Out integer(String name, Long value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeNumber(value);
        }
        return this;
    }

    Out bool(String name, Boolean value) {
        if (value != null) {
            generator.writeName(name);
            generator.writeBoolean(value);
        }
        return this;
    }

    <T> Out object(String name, T value, BiConsumer<Out, T> writer) {
        if (value != null) {
            generator.writeName(name);
            objectValue(value, writer);
        }
        return this;
    }

    <T> Out list(String name, List<T> values, BiConsumer<Out, T> writer) {
        if (values != null) {
            generator.writeName(name);
            generator.writeStartArray();
            values.forEach(value -> objectValue(value, writer));
            generator.writeEndArray();
        }
        return this;
    }

    Out strings(String name, List<String> values) {
        if (values != null) {
            generator.writeName(name);
            generator.writeStartArray();
            values.forEach(generator::writeString);
            generator.writeEndArray();
        }
        return this;
    }

    Out languageMap(String name, LanguageMap map) {
        if (map != null) {
            generator.writeName(name);
            plain(map.values());
        }
        return this;
    }

    Out extensions(String name, Extensions extensions) {
        if (extensions != null) {
            generator.writeName(name);
            plain(extensions.values());
        }
        return this;
    }

    <T> void objectValue(T value, BiConsumer<Out, T> writer) {
        generator.writeStartObject();
        writer.accept(this, value);
        generator.writeEndObject();
    }

    /** Writes a plain Java value as extensions hold it. */
    private void plain(Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            map.forEach((key, v) -> {
                generator.writeName(String.valueOf(key));
                plain(v);
            });
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            list.forEach(this::plain);
            generator.writeEndArray();
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            generator.writeNumber(JsNumbers.format(((Number) value).doubleValue()));
        } else if (value instanceof Number number) {
            generator.writeNumber(number.toString());
        } else {
            generator.writeString(value.toString());
        }
    }
}
