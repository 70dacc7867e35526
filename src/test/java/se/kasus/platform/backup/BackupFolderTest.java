package se.kasus.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path root;

    private Backup backUp(BackupFolder folder, Instant time, int bytes) throws IOException {
        BackupFolder.Work work = folder.begin(time);
        Files.createDirectories(work.folder().resolve("kasusdb/seg0"));
        Files.write(work.folder().resolve("kasusdb/seg0/c10.dat"), new byte[bytes]);
        return folder.complete(work);
    }

    @Test
    void aCompletedBackupIsNamedAfterItsTimeInUtcAndMeasured() throws IOException {
        BackupFolder folder = new BackupFolder(root.resolve("backups"));

        Backup backup = backUp(folder, Instant.parse("2026-12-03T02:30:15.789Z"), 4096);

        assertThat(backup).isEqualTo(new Backup("kasus-20261203T023015Z", Instant.parse("2026-12-03T02:30:15Z"), 4096));
        assertThat(root.resolve("backups/kasus-20261203T023015Z/kasusdb/seg0/c10.dat")).isRegularFile();
        assertThat(folder.list()).containsExactly(backup);
        assertThat(folder.find("kasus-20261203T023015Z")).contains(backup);
    }

    @Test
    void aSecondBackupInTheSameSecondGetsANumberedName() throws IOException {
        BackupFolder folder = new BackupFolder(root);
        Instant time = Instant.parse("2026-12-03T02:30:00Z");

        Backup first = backUp(folder, time, 10);
        Backup second = backUp(folder, time, 20);

        assertThat(second.name()).isEqualTo("kasus-20261203T023000Z-2");
        assertThat(folder.list()).containsExactly(second, first);
    }

    @Test
    void unfinishedWorkAndForeignFoldersAreNotBackups() throws IOException {
        BackupFolder folder = new BackupFolder(root);
        Backup done = backUp(folder, Instant.parse("2026-12-01T02:30:00Z"), 10);
        BackupFolder.Work unfinished = folder.begin(Instant.parse("2026-12-02T02:30:00Z"));
        Files.createDirectories(root.resolve("kasusdb-moved-aside"));
        Files.writeString(root.resolve("kasus-20261203T023000Z"), "a file, not a folder");

        assertThat(folder.list()).containsExactly(done);
        assertThat(folder.find(unfinished.name())).isEmpty();
        assertThat(folder.find("../kasusdb-moved-aside")).isEmpty();

        folder.removeLeftovers();
        assertThat(unfinished.folder()).doesNotExist();
        assertThat(root.resolve("kasusdb-moved-aside")).isDirectory();
    }

    @Test
    void abandonedAndDeletedBackupsLeaveNothingBehind() throws IOException {
        BackupFolder folder = new BackupFolder(root);
        Backup old = backUp(folder, Instant.parse("2026-12-01T02:30:00Z"), 10);
        BackupFolder.Work failed = folder.begin(Instant.parse("2026-12-02T02:30:00Z"));
        Files.writeString(failed.folder().resolve("partial"), "x");

        folder.abandon(failed);
        folder.delete(old);

        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingBackupDirectoryHasNoBackups() {
        assertThat(new BackupFolder(root.resolve("not-yet")).list()).isEmpty();
    }
}
