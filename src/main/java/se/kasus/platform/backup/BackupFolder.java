package se.kasus.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup directory: one folder per backup, named after its time in UTC
 * ({@code kasus-20261203T023000Z}). A backup is written into a hidden work folder and renamed into
 * place only when complete, so a folder with a backup's name always holds a whole backup.
 */
final class BackupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("kasus-(\\d{8}T\\d{6}Z)(?:-(\\d+))?");
    private static final String WORK_PREFIX = ".in-progress-";

    private final Path root;

    BackupFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** A fresh, empty work folder for a backup taken now, and the name it will have when done; its time is the name's, to the second. */
    Work begin(Instant requested) {
        Instant time = requested.truncatedTo(ChronoUnit.SECONDS);
        try {
            Files.createDirectories(root);
            String base = "kasus-" + STAMP.format(time);
            String name = base;
            for (int n = 2; Files.exists(root.resolve(name)); n++) {
                name = base + "-" + n;
            }
            Path work = root.resolve(WORK_PREFIX + name);
            deleteTree(work);
            Files.createDirectories(work);
            return new Work(name, time, work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a finished work folder into place and describes it. */
    Backup complete(Work work) {
        try {
            Path target = root.resolve(work.name());
            Files.move(work.folder(), target, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(work.name(), work.time(), size(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a work folder that did not become a backup. */
    void abandon(Work work) {
        deleteTree(work.folder());
    }

    /** Work folders left behind by a server that stopped in the middle of a backup. */
    void removeLeftovers() {
        for (Path path : children()) {
            if (path.getFileName().toString().startsWith(WORK_PREFIX)) {
                deleteTree(path);
            }
        }
    }

    /** Every complete backup, newest first. */
    List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (Path path : children()) {
            parse(path).ifPresent(backups::add);
        }
        backups.sort(Retention.NEWEST_FIRST);
        return backups;
    }

    Optional<Backup> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return parse(root.resolve(name));
    }

    void delete(Backup backup) {
        deleteTree(root.resolve(backup.name()));
    }

    private Optional<Backup> parse(Path path) {
        Matcher matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches() || !Files.isDirectory(path)) {
            return Optional.empty();
        }
        Instant time = STAMP.parse(matcher.group(1), Instant::from);
        return Optional.of(new Backup(path.getFileName().toString(), time, size(path)));
    }

    private List<Path> children() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(root)) {
            return paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(BackupFolder::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A backup being written: the name it will get and the folder Derby writes into. */
    record Work(String name, Instant time, Path folder) {
    }
}
