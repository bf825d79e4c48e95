package app.stoika.pos.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;

/** Someone who works at the café; every order records the employee who took it. */
@Entity
@Table(name = "employee")
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;
    @Convert(converter = RoleConverter.class)
    @Column(nullable = false)
    private Role role;
    @Column(name = "salary_minor", nullable = false)
    private long salaryMinor;
    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;
    @Column(nullable = false)
    private boolean active = true;

    protected Employee() {
    }

    public Employee(String fullName, Position position, Role role, long salaryMinor, LocalDate hireDate) {
        this.fullName = Text.required("full_name", fullName, 100);
        this.position = position;
        this.role = role;
        if (salaryMinor < 0 || salaryMinor > 100_000_000_000L) {
            throw new DomainException(ErrorKind.INVALID, "staff.error.bad_salary");
        }
        this.salaryMinor = salaryMinor;
        this.hireDate = hireDate;
    }

    public Long id() { return id; }
    public String fullName() { return fullName; }
    public Position position() { return position; }
    public Role role() { return role; }
    public long salaryMinor() { return salaryMinor; }
    public LocalDate hireDate() { return hireDate; }
    public boolean active() { return active; }

    public void deactivate() {
        this.active = false;
    }
}
