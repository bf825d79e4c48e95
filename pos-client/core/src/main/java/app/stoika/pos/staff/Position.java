package app.stoika.pos.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A job title (barista, cashier, manager); what the holder may do is their {@link Role}. */
@Entity
@Immutable
@Table(name = "position")
public class Position {
    @Id
    private Long id;
    @Column(nullable = false)
    private String name;

    protected Position() {
    }

    public Long id() { return id; }
    public String name() { return name; }
}
