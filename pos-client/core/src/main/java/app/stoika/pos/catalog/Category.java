package app.stoika.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.stoika.pos.shared.Text;

/** A tab on the sell screen: bubble tea, coffee, smoothies, snacks. */
@Entity
@Table(name = "category")
public class Category {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active = true;

    protected Category() {
    }

    public Category(String name, int sortOrder) {
        this.name = Text.required("name", name, 60);
        this.sortOrder = sortOrder;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
}
