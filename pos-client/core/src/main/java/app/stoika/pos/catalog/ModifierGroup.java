package app.stoika.pos.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A question asked when a product is added: size, sugar, ice, toppings. */
@Entity
@Table(name = "modifier_group")
public class ModifierGroup {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private boolean required;
    @Column(name = "min_choices", nullable = false)
    private int minChoices;
    @Column(name = "max_choices", nullable = false)
    private int maxChoices;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @OneToMany(mappedBy = "group", fetch = FetchType.LAZY)
    @OrderBy("sortOrder")
    private List<ModifierOption> options = new ArrayList<>();

    protected ModifierGroup() {
    }

    public Long id() { return id; }
    public String name() { return name; }
    public boolean required() { return required; }
    public int minChoices() { return minChoices; }
    public int maxChoices() { return maxChoices; }
    public int sortOrder() { return sortOrder; }
    public List<ModifierOption> options() { return Collections.unmodifiableList(options); }
}
