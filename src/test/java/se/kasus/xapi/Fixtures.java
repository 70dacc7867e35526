package se.kasus.xapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The JSON fixtures under {@code src/test/resources/xapi}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String resource) {
        try {
            return Files.readString(directory(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the JSON files in a fixture directory, such as {@code xapi/valid}. */
    public static Stream<String> jsonFiles(String directory) {
        try (Stream<Path> files = Files.list(directory(directory))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String resource) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
