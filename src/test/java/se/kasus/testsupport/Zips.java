package se.kasus.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a zip from the test class path, such as a database made by an earlier Kasus. */
public final class Zips {

    private Zips() {
    }

    /** Unpacks the zip resource into the folder; an entry that would land outside it is refused. */
    public static void unpack(String resource, Path folder) {
        try (InputStream zip = Zips.class.getResourceAsStream(resource)) {
            if (zip == null) {
                throw new IOException("No resource " + resource);
            }
            try (ZipInputStream entries = new ZipInputStream(zip)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IOException("Entry outside the folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
