package se.kasus.platform.persistence.migration;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.derby.jdbc.EmbeddedDataSource;
import se.kasus.testsupport.Zips;

/** Embedded Derby databases in a folder of a test, and a description of their schema to compare. */
final class DerbyDatabases {

    /** The database that Kasus made before migrations (src/test/resources/upgrade/README.md). */
    static final String BEFORE_MIGRATIONS = "/upgrade/kasusdb-before-migrations.zip";

    private DerbyDatabases() {
    }

    static {
        System.setProperty("derby.stream.error.file", Path.of("target", "derby-unit-tests.log").toString());
    }

    static EmbeddedDataSource create(Path directory) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /** Unpacks the database made before migrations into the folder and opens it. */
    static EmbeddedDataSource beforeMigrations(Path folder) throws IOException {
        Zips.unpack(BEFORE_MIGRATIONS, folder);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.resolve("kasusdb").toString());
        return dataSource;
    }

    static void shutDown(EmbeddedDataSource dataSource) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dataSource.getDatabaseName() + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
        }
    }

    static long count(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The schema APP as sorted lines: columns with type, size, nullability and default; primary keys, unique and
     * other indexes by their columns; the names of unique and foreign-key constraints; foreign keys; sequences.
     * Liquibase's own tables are left out.
     */
    static List<String> describe(EmbeddedDataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = metaData.getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    if (!rows.getString("TABLE_NAME").startsWith("DATABASECHANGELOG")) {
                        tables.add(rows.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rows = metaData.getColumns(null, "APP", table, "%")) {
                    while (rows.next()) {
                        lines.add("column " + table + "." + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME")
                                + "(" + rows.getInt("COLUMN_SIZE") + "," + rows.getInt("DECIMAL_DIGITS") + ") "
                                + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "NOT NULL" : "NULL")
                                + " default " + rows.getString("COLUMN_DEF"));
                    }
                }
                Map<Integer, String> key = new TreeMap<>();
                try (ResultSet rows = metaData.getPrimaryKeys(null, "APP", table)) {
                    while (rows.next()) {
                        key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
                    }
                }
                lines.add("primary key " + table + " " + key.values());
                Map<String, List<String>> indexes = new TreeMap<>();
                try (ResultSet rows = metaData.getIndexInfo(null, "APP", table, false, false)) {
                    while (rows.next()) {
                        String name = rows.getString("INDEX_NAME");
                        String label = (rows.getBoolean("NON_UNIQUE") ? "index " : "unique index ") + table + " "
                                + (name.startsWith("SQL") ? "" : name + " ");
                        indexes.computeIfAbsent(label + name, n -> new ArrayList<>()).add(rows.getString("COLUMN_NAME"));
                    }
                }
                indexes.forEach((label, columns) -> lines.add(label.substring(0, label.lastIndexOf(' ')) + " " + columns));
                try (ResultSet rows = metaData.getImportedKeys(null, "APP", table)) {
                    while (rows.next()) {
                        lines.add("foreign key " + rows.getString("FK_NAME") + " " + table + "." + rows.getString("FKCOLUMN_NAME")
                                + " -> " + rows.getString("PKTABLE_NAME") + "." + rows.getString("PKCOLUMN_NAME"));
                    }
                }
            }
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT c.CONSTRAINTNAME, c.TYPE, t.TABLENAME FROM SYS.SYSCONSTRAINTS c "
                         + "JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
                         + "WHERE s.SCHEMANAME = 'APP'")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    String table = rows.getString(3);
                    String type = rows.getString(2);
                    if (table.startsWith("DATABASECHANGELOG")) {
                        continue;
                    }
                    // Derby names an unnamed primary key SQL<time>-<uuid>, different in every database; Liquibase
                    // names it PK_<table>. Names of unique and foreign keys are the ones Kasus's code and changesets use.
                    lines.add("constraint " + table + " " + type + " " + ("P".equals(type) ? "(primary key)" : name));
                }
            }
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT SEQUENCENAME, CAST(SEQUENCEDATATYPE AS VARCHAR(128)), STARTVALUE, "
                         + "INCREMENT, MINIMUMVALUE, MAXIMUMVALUE, CYCLEOPTION FROM SYS.SYSSEQUENCES")) {
                while (rows.next()) {
                    lines.add("sequence " + rows.getString(1) + " " + rows.getString(2) + " start " + rows.getLong(3)
                            + " increment " + rows.getLong(4) + " min " + rows.getLong(5) + " max " + rows.getLong(6)
                            + " cycle " + rows.getString(7));
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}
