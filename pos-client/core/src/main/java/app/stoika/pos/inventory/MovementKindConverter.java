package app.stoika.pos.inventory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class MovementKindConverter implements AttributeConverter<MovementKind, String> {
    @Override
    public String convertToDatabaseColumn(MovementKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public MovementKind convertToEntityAttribute(String code) {
        return code == null ? null : MovementKind.ofCode(code);
    }
}
