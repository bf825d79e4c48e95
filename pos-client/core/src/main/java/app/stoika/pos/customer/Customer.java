package app.stoika.pos.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import app.stoika.pos.shared.Text;

/** A guest who collects loyalty points. Points are read-only here: they change only through the ledger. */
@Entity
@Immutable
@Table(name = "customer")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String phone;
    @Column(nullable = false, insertable = false, updatable = false)
    private long points;
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean active = true;

    protected Customer() {
    }

    public Customer(String name, Phone phone) {
        this.name = Text.required("name", name, 100);
        this.phone = phone.e164();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public Phone phone() { return new Phone(phone); }
    public long points() { return points; }
    public Instant createdAt() { return createdAt; }
    public boolean active() { return active; }
}
