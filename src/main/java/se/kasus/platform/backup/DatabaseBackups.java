package se.kasus.platform.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.shared.domain.ConflictException;

/**
 * Takes online backups of the embedded Derby database with Derby's SYSCS_BACKUP_DATABASE, which
 * copies the database while transactions go on, then keeps the newest {@code kasus.backup.retention}.
 * One backup at a time; a second request while one runs is a conflict. PostgreSQL has its own tools.
 */
@ApplicationScoped
public class DatabaseBackups {

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());

    @Resource(lookup = "jdbc/kasus")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kasus.backup.dir")
    String directory;

    /** How many backups to keep; 0 keeps all. */
    @Inject
    @ConfigProperty(name = "kasus.backup.retention", defaultValue = "7")
    int retention;

    private final ReentrantLock running = new ReentrantLock();

    /** Backs up now and returns the finished backup; the call lasts as long as the copy takes. */
    public Backup backUp() {
        if (!running.tryLock()) {
            throw new ConflictException("backup-running",
                    "En säkerhetskopiering pågår redan. Försök igen när den är klar.");
        }
        try {
            requireDerby();
            BackupFolder folder = folder();
            folder.removeLeftovers();
            BackupFolder.Work work = folder.begin(clock.instant());
            try {
                derbyBackup(work.folder());
            } catch (SQLException | RuntimeException e) {
                folder.abandon(work);
                throw new IllegalStateException("Derby backup into " + work.folder() + " failed", e);
            }
            Backup backup = folder.complete(work);
            LOG.info("Kasus backup: " + backup.name() + " (" + backup.sizeBytes() + " bytes) in " + folder.root());
            for (Backup old : Retention.toDelete(folder.list(), retention)) {
                folder.delete(old);
                LOG.info("Kasus backup: removed " + old.name() + ", older than the newest " + retention);
            }
            return backup;
        } finally {
            running.unlock();
        }
    }

    /** Complete backups, newest first. */
    public List<Backup> list() {
        return folder().list();
    }

    public Optional<Backup> find(String name) {
        return folder().find(name);
    }

    /** Whether the database is the embedded Derby that this class can back up. */
    public boolean databaseIsDerby() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("Derby");
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database's product name", e);
        }
    }

    private void requireDerby() {
        if (!databaseIsDerby()) {
            throw new ConflictException("backup-not-supported",
                    "Databasen är PostgreSQL: säkerhetskopiera den med pg_dump eller med kontinuerlig WAL-arkivering "
                            + "och pg_basebackup (se README).");
        }
    }

    private BackupFolder folder() {
        return new BackupFolder(Path.of(directory).toAbsolutePath().normalize());
    }

    /** Derby writes the database into a folder named like the database's own (kasusdb) inside {@code target}. */
    private void derbyBackup(Path target) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        }
    }
}
