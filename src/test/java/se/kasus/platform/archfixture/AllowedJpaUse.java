package se.kasus.platform.archfixture;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.OptimisticLockException;

/** Converts a value and recognises a persistence exception: allowed in the platform. */
@Converter
public class AllowedJpaUse implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean attribute) {
        return Boolean.TRUE.equals(attribute) ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer dbData) {
        return dbData != null && dbData == 1;
    }

    static boolean isConflict(RuntimeException e) {
        return e instanceof OptimisticLockException;
    }
}
