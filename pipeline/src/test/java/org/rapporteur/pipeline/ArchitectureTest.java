package org.rapporteur.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The stage packages stand on one floor: no stage imports another, they share only what lies below them
 * (the stage context, the text helpers, the model and the language data), and nothing below imports a stage.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.rapporteur");

    @Test
    void noStageImportsAnother() {
        slices().matching("org.rapporteur.pipeline.stage.(*)..").should().notDependOnEachOther().check(MAIN);
    }

    @Test
    void theTextHelpersAndTheDataStandBelowTheStages() {
        noClasses().that().resideInAnyPackage("org.rapporteur.pipeline.text..", "org.rapporteur.profile..",
                        "org.rapporteur.model..", "org.rapporteur.format..")
                .should().dependOnClassesThat().resideInAPackage("org.rapporteur.pipeline.stage..").check(MAIN);
    }
}
