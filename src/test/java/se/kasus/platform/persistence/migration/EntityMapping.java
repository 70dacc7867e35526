package se.kasus.platform.persistence.migration;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The tables and columns the entities of Kasus are mapped to, read from the same JPA annotations the persistence
 * provider reads (with JPA's default names where an annotation gives none).
 */
final class EntityMapping {

    /** One mapped column: where it is, the Java type it holds, whether the mapping may write null, its length. */
    record MappedColumn(String table, String column, Class<?> javaType, boolean mayBeNull, int length, boolean lob,
                        String origin) {
    }

    private EntityMapping() {
    }

    static List<Class<?>> entities() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.kasus").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .<Class<?>>map(c -> c.reflect())
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static List<MappedColumn> columns() {
        List<MappedColumn> columns = new ArrayList<>();
        for (Class<?> entity : entities()) {
            String table = lower(entity.getAnnotation(Table.class) != null && !entity.getAnnotation(Table.class).name().isEmpty()
                    ? entity.getAnnotation(Table.class).name() : entity.getSimpleName());
            for (Field field : persistentFields(entity)) {
                String origin = entity.getSimpleName() + "." + field.getName();
                if (field.isAnnotationPresent(OneToMany.class)) {
                    continue;
                }
                if (field.isAnnotationPresent(ManyToOne.class)) {
                    JoinColumn join = field.getAnnotation(JoinColumn.class);
                    Field targetId = idField(field.getType());
                    columns.add(new MappedColumn(table, lower(join.name()), targetId.getType(),
                            !field.getAnnotation(ManyToOne.class).optional() ? false : join.nullable(),
                            length(targetId), false, origin));
                    continue;
                }
                if (field.isAnnotationPresent(ElementCollection.class)) {
                    columns.addAll(collection(entity, field, origin));
                    continue;
                }
                columns.add(basic(table, field, origin));
            }
        }
        return columns;
    }

    private static List<MappedColumn> collection(Class<?> owner, Field field, String origin) {
        CollectionTable collectionTable = field.getAnnotation(CollectionTable.class);
        String table = lower(collectionTable.name());
        List<MappedColumn> columns = new ArrayList<>();
        Field ownerId = idField(owner);
        columns.add(new MappedColumn(table, lower(collectionTable.joinColumns()[0].name()), ownerId.getType(), false,
                length(ownerId), false, origin));
        OrderColumn order = field.getAnnotation(OrderColumn.class);
        if (order != null) {
            columns.add(new MappedColumn(table, lower(order.name()), Integer.class, false, 0, false, origin));
        }
        Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        if (element.isAnnotationPresent(Embeddable.class)) {
            for (Field part : persistentFields(element)) {
                columns.add(basic(table, part, origin + "." + part.getName()));
            }
        } else {
            Column column = field.getAnnotation(Column.class);
            columns.add(new MappedColumn(table, lower(column.name()), element, column.nullable(), column.length(),
                    false, origin));
        }
        return columns;
    }

    private static MappedColumn basic(String table, Field field, String origin) {
        Column column = field.getAnnotation(Column.class);
        String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
        boolean mayBeNull = !field.getType().isPrimitive() && !field.isAnnotationPresent(Id.class)
                && (column == null || column.nullable());
        return new MappedColumn(table, lower(name), field.getType(), mayBeNull, length(field),
                field.isAnnotationPresent(Lob.class), origin);
    }

    private static int length(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column == null ? 255 : column.length();
    }

    private static Field idField(Class<?> type) {
        return persistentFields(type).stream().filter(f -> f.isAnnotationPresent(Id.class)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " has no @Id field"));
    }

    private static List<Field> persistentFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            fields.add(field);
        }
        return fields;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
