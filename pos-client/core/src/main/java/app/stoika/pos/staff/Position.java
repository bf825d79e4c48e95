package app.stoika.pos.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.stoika.pos.shared.Text;

/** A job title (barista, cashier, manager); what the holder may do is their {@link Role}. */
@Entity
@Table(name = "position")
public class Position {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;

    protected Position() {
    }

    public Position(String name) {
        this.name = Text.required("name", name, 60);
    }

    public Long id() { return id; }
    public String name() { return name; }
}
