package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.content.application.CourseArchives;
import se.kasus.content.application.LoadedCourse;
import se.kasus.content.domain.Course;
import se.kasus.shared.domain.InvalidInputException;

/**
 * Course zips. Reading never trusts the sizes a zip declares: bytes are counted as they are inflated, and the
 * read stops at the limits (kasus.content.zip.max.bytes unpacked in all, kasus.content.zip.max.files entries),
 * so a zip bomb costs at most the limit. Entry names are checked before use and never touch the file system:
 * absolute paths, {@code ..}, backslashes and anything but plain folder/file names are refused.
 */
@ApplicationScoped
public class ZipCourseArchives implements CourseArchives {

    /** A path within a course folder: lower-case-ish names, at most two levels (cases/case-01.yaml). */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Inject
    @ConfigProperty(name = "kasus.content.zip.max.bytes", defaultValue = "8388608")
    long maxBytes = 8_388_608;

    @Inject
    @ConfigProperty(name = "kasus.content.zip.max.files", defaultValue = "500")
    int maxFiles = 500;

    @Override
    public byte[] write(Course course) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : CourseYaml.files(course).entrySet()) {
                ZipEntry entry = new ZipEntry(course.id() + "/" + file.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public LoadedCourse read(InputStream in) {
        Map<String, byte[]> files = unpack(in);
        String top = topFolder(files);
        Map<String, byte[]> course = new HashMap<>();
        files.forEach((name, bytes) -> course.put(top.isEmpty() ? name : name.substring(top.length() + 1), bytes));
        String folderName = top.isEmpty() ? "zip" : top;
        return new CourseFolderReader(new ContentSchemas(), folderName, CourseFiles.of(course)).read();
    }

    Map<String, byte[]> unpack(InputStream in) {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > maxFiles) {
                    throw refused("zip-too-many-files", "Zip-filen innehåller fler än " + maxFiles + " filer.");
                }
                String name = entry.getName();
                if (entry.isDirectory()) {
                    checkName(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                    continue;
                }
                checkName(name);
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw refused("zip-too-large", "Zip-filen är större än " + maxBytes / 1_048_576
                                + " MB när den packas upp.");
                    }
                    content.write(buffer, 0, n);
                }
                if (files.put(name, content.toByteArray()) != null) {
                    throw refused("zip-duplicate-file", "Zip-filen innehåller filen " + name + " två gånger.");
                }
            }
        } catch (ZipException e) {
            throw refused("zip-unreadable", "Filen kunde inte läsas som en zip-fil.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw refused("zip-unreadable", "Filen är inte en zip-fil med en kurs, eller den är tom.");
        }
        return files;
    }

    private static void checkName(String name) {
        String[] parts = name.split("/", -1);
        boolean safe = parts.length <= 3;
        for (String part : parts) {
            safe &= SAFE_NAME.matcher(part).matches() && !part.equals("..") && !part.startsWith("..");
        }
        if (!safe) {
            throw refused("zip-unsafe-path", "Zip-filen innehåller en otillåten sökväg: "
                    + name.replaceAll("[^\\x20-\\x7E]", "?") + ". Bara mappar och filer i kursmappen är tillåtna.");
        }
    }

    /** "" when course.yaml is at the root, else the one folder every file is in. */
    private static String topFolder(Map<String, byte[]> files) {
        if (files.containsKey("course.yaml")) {
            return "";
        }
        String top = null;
        for (String name : files.keySet()) {
            int slash = name.indexOf('/');
            String first = slash < 0 ? "" : name.substring(0, slash);
            if (first.isEmpty() || (top != null && !top.equals(first))) {
                throw refused("zip-layout", "Zip-filen ska innehålla en kursmapp: course.yaml överst eller i en enda mapp.");
            }
            top = first;
        }
        return top;
    }

    private static InvalidInputException refused(String code, String message) {
        return new InvalidInputException(code, message);
    }
}
