package se.kasus.platform.persistence.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Compares the entity mapping with the columns a migrated database has. */
final class SchemaAgreement {

    private record DbColumn(int jdbcType, String typeName, int size, boolean nullable) {
    }

    private SchemaAgreement() {
    }

    /** Every way the mapping and the schema disagree, one line each; empty when they agree. */
    static List<String> disagreements(Connection connection) throws SQLException {
        Map<String, Map<String, DbColumn>> schema = read(connection);
        List<String> problems = new ArrayList<>();
        for (EntityMapping.MappedColumn mapped : EntityMapping.columns()) {
            Map<String, DbColumn> table = schema.get(mapped.table());
            if (table == null) {
                problems.add(mapped.origin() + ": table " + mapped.table() + " does not exist");
                continue;
            }
            DbColumn column = table.get(mapped.column());
            if (column == null) {
                problems.add(mapped.origin() + ": column " + mapped.table() + "." + mapped.column() + " does not exist");
                continue;
            }
            if (!compatible(mapped, column)) {
                problems.add(mapped.origin() + ": " + mapped.table() + "." + mapped.column() + " is " + column.typeName()
                        + "(" + column.size() + "), which cannot hold " + mapped.javaType().getSimpleName()
                        + (mapped.length() > 0 && !mapped.lob() ? " of length " + mapped.length() : ""));
            }
            if (mapped.mayBeNull() && !column.nullable()) {
                problems.add(mapped.origin() + ": " + mapped.table() + "." + mapped.column()
                        + " is NOT NULL but the mapping may write null");
            }
        }
        return problems;
    }

    private static boolean compatible(EntityMapping.MappedColumn mapped, DbColumn column) {
        Class<?> type = mapped.javaType();
        int jdbc = column.jdbcType();
        if (type == String.class || type.isEnum()) {
            if (Set.of(Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR).contains(jdbc)) {
                return true;
            }
            return Set.of(Types.VARCHAR, Types.NVARCHAR, Types.CHAR).contains(jdbc)
                    && (mapped.lob() ? column.size() >= 1_000_000 : column.size() >= mapped.length());
        }
        if (type == long.class || type == Long.class) {
            return jdbc == Types.BIGINT || jdbc == Types.NUMERIC || jdbc == Types.DECIMAL;
        }
        if (type == int.class || type == Integer.class) {
            return jdbc == Types.INTEGER || jdbc == Types.BIGINT;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Set.of(Types.BOOLEAN, Types.BIT, Types.SMALLINT).contains(jdbc);
        }
        if (type == Instant.class) {
            return jdbc == Types.TIMESTAMP || jdbc == Types.TIMESTAMP_WITH_TIMEZONE;
        }
        if (type == byte[].class) {
            return Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY).contains(jdbc)
                    && (mapped.length() <= 255 || column.size() >= mapped.length() || jdbc == Types.BINARY);
        }
        return false;
    }

    private static Map<String, Map<String, DbColumn>> read(Connection connection) throws SQLException {
        Map<String, Map<String, DbColumn>> tables = new HashMap<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows = metaData.getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new HashMap<>())
                        .put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new DbColumn(rows.getInt("DATA_TYPE"),
                                rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE"),
                                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return tables;
    }
}
