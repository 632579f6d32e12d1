package kz.aimaq;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No cycles between the UI's packages: features (groups, scenarios, analysis, import, export,
 * projects) reach the application through {@code ui.common.AppContext}; the shell installs them
 * and nothing points back at the shell.
 */
class PackageCyclesTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target/classes"));

    @Test
    void uiPackagesAreFreeOfCycles() {
        slices().matching("kz.aimaq.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
