package app.stoika.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of the app module (../shared/design.md). */
class AppArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.stoika.pos.app", "app.stoika.pos.ui", "app.stoika.pos.catalogview");
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view-model holds properties and commands; its view owns the controls")
                .check(app);
    }

    @Test
    void screensSeeServicesNotHibernate() {
        noClasses().that().resideInAnyPackage("app.stoika.pos.ui..", "app.stoika.pos.catalogview..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "java.sql..", "jakarta.persistence..")
                .because("screens go through services and the TaskExecutor")
                .check(app);
    }
}
