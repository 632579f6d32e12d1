package kz.aimaq;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering rules: the domain core and the CLI are usable without JavaFX, and the packages of
 * each layer depend on one another in one direction only (no cycles), so each can be read,
 * tested and changed on its own.
 */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target/classes"));

    @Test
    void coreHasNoJavaFx() {
        noClasses().that().resideInAPackage("kz.aimaq.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the domain core runs headless in the CLI and tests")
                .check(classes);
    }

    @Test
    void cliHasNoJavaFx() {
        noClasses().that().resideInAPackage("kz.aimaq.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnUiOrCli() {
        noClasses().that().resideInAPackage("kz.aimaq.core..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.aimaq.ui..", "kz.aimaq.cli..")
                .check(classes);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("kz.aimaq.core.(*)..").should().beFreeOfCycles()
                .because("a core package is understood from the packages below it, never from one above")
                .check(classes);
    }

    @Test
    void uiFeaturesAreFreeOfCycles() {
        slices().matching("kz.aimaq.ui.(*)..").should().beFreeOfCycles()
                .because("a feature gets a small context (ui.common.AppContext), not the window or the other features")
                .check(classes);
    }
}
