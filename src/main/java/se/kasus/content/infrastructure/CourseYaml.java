package se.kasus.content.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import se.kasus.content.application.CourseExport;
import se.kasus.content.domain.Course;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** A course's documents ({@link CourseExport}) rendered as YAML files, and the content hash taken over them. */
public final class CourseYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private CourseYaml() {
    }

    /** Path within the course folder to the file's UTF-8 bytes, sorted by path. */
    public static Map<String, byte[]> files(Course course) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CourseExport.documents(course).forEach((path, document) -> files.put(path, YAML.writeValueAsBytes(document)));
        return files;
    }

    /** SHA-256 over every file's path and canonical YAML, in path order. */
    public static String hash(Course course) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files(course).forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
