package app.stoika.pos.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One café-wide setting (currency, loyalty rates). */
@Entity
@Immutable
@Table(name = "setting")
public class Setting {
    @Id
    private String key;
    @Column(nullable = false)
    private String value;

    protected Setting() {
    }

    public Setting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() { return key; }
    public String value() { return value; }
}
