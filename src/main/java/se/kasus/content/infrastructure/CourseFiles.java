package se.kasus.content.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of one course folder, by path within it ({@code cases/case-01.yaml}): on disk or held in memory. */
interface CourseFiles {

    /** The file's bytes, or null when there is no such file. */
    byte[] read(String relative);

    /** Names of the files directly in the directory, or null when there is no such directory. */
    List<String> list(String directory);

    static CourseFiles of(Path folder) {
        return new CourseFiles() {
            @Override
            public byte[] read(String relative) {
                Path file = folder.resolve(relative);
                try {
                    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> list(String directory) {
                Path dir = folder.resolve(directory);
                if (!Files.isDirectory(dir)) {
                    return null;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Files held in memory (an unpacked zip), keyed by their path within the course folder. */
    static CourseFiles of(Map<String, byte[]> files) {
        return new CourseFiles() {
            @Override
            public byte[] read(String relative) {
                return files.get(relative);
            }

            @Override
            public List<String> list(String directory) {
                String prefix = directory + "/";
                List<String> names = files.keySet().stream().filter(p -> p.startsWith(prefix))
                        .map(p -> p.substring(prefix.length())).filter(n -> !n.isEmpty() && !n.contains("/")).toList();
                return names.isEmpty() ? null : names;
            }
        };
    }
}
