package app.stoika.pos.queue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's screen rules (../shared/design.md), for the queue package. */
class QueueArchitectureTest {
    private static JavaClasses queue;

    @BeforeAll
    static void importQueue() {
        queue = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.stoika.pos.queue");
    }

    @Test
    void theViewModelNeverTouchesControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view-model holds properties and commands; its view owns the controls")
                .check(queue);
    }

    @Test
    void theQueueSeesServicesNotTheDatabase() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.hibernate..", "java.sql..", "jakarta.persistence..", "org.postgresql..")
                .because("screens go through services and the TaskExecutor")
                .check(queue);
    }
}
