package app.stoika.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules the module boundary cannot state (../shared/design.md). */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.stoika.pos");
    }

    @Test
    void coreNeverUsesJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("app.stoika.pos..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core runs without a display; screens live in pos-client/app");
        rule.check(core);
    }

    @Test
    void hibernateStaysInPersistenceAndHibernateClasses() {
        // Entities may carry Hibernate's mapping annotations (@Immutable): they are mapping, like jakarta.persistence.
        ArchRule rule = noClasses().that().resideInAPackage("app.stoika.pos..")
                .and().resideOutsideOfPackage("app.stoika.pos.persistence..")
                .and().haveSimpleNameNotStartingWith("Hibernate")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.hibernate..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.hibernate.annotations.."))))
                .because("services and views see repository interfaces and plain values, never Hibernate types");
        rule.check(core);
    }
}
