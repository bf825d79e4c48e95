package app.stoika.pos.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Someone who works at the café; every order records the employee who took it. Read-only here: employees
 * change through the database's user-management functions ({@link StaffService}). The salary column is not
 * mapped: the terminal role may not read it.
 */
@Entity
@Immutable
@Table(name = "employee")
public class Employee {
    @Id
    private Long id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;
    @Convert(converter = RoleConverter.class)
    @Column(nullable = false)
    private Role role;
    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;
    @Column(nullable = false)
    private boolean active = true;

    protected Employee() {
    }

    public Long id() { return id; }
    public String fullName() { return fullName; }
    public Position position() { return position; }
    public Role role() { return role; }
    public LocalDate hireDate() { return hireDate; }
    public boolean active() { return active; }
}
