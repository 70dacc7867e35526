package se.kasus.identity.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.kasus.shared.domain.RuleViolationException;

/**
 * Reads an account import file: UTF-8 with or without a byte order mark, separated by semicolons (what
 * Swedish Excel writes) or commas, a header row in Swedish or English, quoted fields as Excel quotes
 * them. Problems with the file as a whole are thrown as {@link RuleViolationException}; problems with a
 * row are left to {@link AccountImportRules}.
 */
public final class AccountCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 2000;
    static final String EXPECTED_HEADER = "användarnamn;namn;e-post;organisation;roll";

    enum Column { USERNAME, NAME, EMAIL, ORG_UNIT, ROLE }

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("användarnamn", Column.USERNAME), Map.entry("username", Column.USERNAME),
            Map.entry("user name", Column.USERNAME), Map.entry("namn", Column.NAME), Map.entry("name", Column.NAME),
            Map.entry("display name", Column.NAME), Map.entry("e-post", Column.EMAIL), Map.entry("epost", Column.EMAIL),
            Map.entry("e-postadress", Column.EMAIL), Map.entry("email", Column.EMAIL), Map.entry("e-mail", Column.EMAIL),
            Map.entry("organisation", Column.ORG_UNIT), Map.entry("org unit", Column.ORG_UNIT),
            Map.entry("organisational unit", Column.ORG_UNIT), Map.entry("organizational unit", Column.ORG_UNIT),
            Map.entry("organisationsenhet", Column.ORG_UNIT), Map.entry("enhet", Column.ORG_UNIT),
            Map.entry("roll", Column.ROLE), Map.entry("roller", Column.ROLE), Map.entry("role", Column.ROLE),
            Map.entry("roles", Column.ROLE));

    /** One data row as written; {@code fieldCount} differs from the header's when the row is malformed. */
    public record Row(int line, String username, String name, String email, String orgUnit, String role,
                      int fieldCount, int expectedFieldCount) {
    }

    private AccountCsv() {
    }

    public static List<Row> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolationException("import-file-too-large",
                    "Filen är för stor. Den får vara högst " + (MAX_BYTES / 1024) + " kB; dela upp den i flera filer.");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new RuleViolationException("import-file-empty", "Filen är tom.");
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<Column, Integer> columns = null;
            int headerSize = 0;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    headerSize = record.size();
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RuleViolationException("import-too-many-rows",
                            "Filen har fler än " + MAX_ROWS + " rader med konton. Dela upp den i flera filer.");
                }
                rows.add(new Row(line(lineStarts, record.getCharacterPosition()), cell(record, columns, Column.USERNAME),
                        cell(record, columns, Column.NAME), cell(record, columns, Column.EMAIL),
                        cell(record, columns, Column.ORG_UNIT), cell(record, columns, Column.ROLE), record.size(), headerSize));
            }
            if (columns == null) {
                throw new RuleViolationException("import-file-empty", "Filen är tom.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote this way.
            throw new RuleViolationException("import-file-unreadable",
                    "Filen kunde inte läsas som CSV. Kontrollera att alla citattecken (\") är parvisa.");
        }
        if (rows.isEmpty()) {
            throw new RuleViolationException("import-file-empty", "Filen har en rubrikrad men inga konton.");
        }
        return rows;
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("import-file-encoding",
                    "Filen är inte sparad som UTF-8. Spara den i Excel som \"CSV UTF-8 (kommaavgränsad)\" och försök igen.");
        }
    }

    /** The header row tells: semicolons when it has more of them than commas, else commas. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Map<Column, Integer> header(CSVRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && i == record.size() - 1 && i > 0) {
                continue; // a trailing delimiter
            }
            Column column = HEADERS.get(name);
            if (column == null) {
                throw new RuleViolationException("import-header",
                        "Rubrikraden har en okänd kolumn \"" + record.get(i).strip() + "\". Första raden ska vara "
                                + EXPECTED_HEADER + " (eller username,name,email,org unit,role).");
            }
            if (columns.put(column, i) != null) {
                throw new RuleViolationException("import-header",
                        "Rubrikraden har kolumnen \"" + record.get(i).strip() + "\" två gånger.");
            }
        }
        if (!columns.containsKey(Column.USERNAME)) {
            throw new RuleViolationException("import-header",
                    "Rubrikraden saknar kolumnen användarnamn. Första raden ska vara " + EXPECTED_HEADER + ".");
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index).strip();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** 1-based line number of a character position (a quoted field may span lines, so records and lines differ). */
    private static int line(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
