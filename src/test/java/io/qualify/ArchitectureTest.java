package io.qualify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.qualify.check.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's layering, read from the bytecode of the production classes. From the top: the command
 * line and the assembly ({@code app}), the tools that render and score synthetic sets ({@code eval},
 * {@code synth}), the service's routes, intake, the review pipeline, reports, the verdict store, the
 * rules, the readers of fields and kinds, OCR, vision, rendering, configuration, and the model every
 * layer shares (documents, text, the base exception). Each layer names who may use it; a new back
 * edge fails here.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.qualify");
    }

    @Test
    void each_layer_is_used_only_by_the_layers_above_it_that_are_named() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("io.qualify.app..")
            .layer("Tools").definedBy("io.qualify.eval..", "io.qualify.synth..")
            .layer("Service").definedBy("io.qualify.route..")
            .layer("Intake").definedBy("io.qualify.intake..")
            .layer("Pipeline").definedBy("io.qualify.pipeline..")
            .layer("Reports").definedBy("io.qualify.report..")
            .layer("Verdicts").definedBy("io.qualify.verdict..")
            .layer("Rules").definedBy("io.qualify.check..")
            .layer("Reading").definedBy("io.qualify.extract..", "io.qualify.classify..")
            .layer("Config").definedBy("io.qualify.config..")
            .layer("Ocr").definedBy("io.qualify.ocr..")
            .layer("Vision").definedBy("io.qualify.vision..")
            .layer("Rendering").definedBy("io.qualify.render..")
            .layer("Model").definedBy("io.qualify", "io.qualify.document..", "io.qualify.text..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Tools").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Intake").mayOnlyBeAccessedByLayers("App", "Tools", "Service")
            .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("App", "Tools", "Service")
            .whereLayer("Reports").mayOnlyBeAccessedByLayers("App", "Service")
            .whereLayer("Verdicts").mayOnlyBeAccessedByLayers("App", "Tools", "Service", "Pipeline", "Reports")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("App", "Tools", "Pipeline", "Reports", "Verdicts")
            .whereLayer("Reading").mayOnlyBeAccessedByLayers("Pipeline")
            .whereLayer("Config").mayOnlyBeAccessedByLayers("App", "Service")
            .whereLayer("Ocr").mayOnlyBeAccessedByLayers("App", "Tools", "Pipeline", "Reading", "Config")
            // not Rules: look-alikes are shipped data (LookAlikes, look-alikes.txt), nothing the rules run draws a glyph
            .whereLayer("Vision").mayOnlyBeAccessedByLayers("App", "Tools", "Pipeline", "Ocr")
            .whereLayer("Rendering").mayOnlyBeAccessedByLayers("App", "Pipeline", "Config"));
    }

    @Test
    void packages_form_no_cycle() {
        check(slices().matching("io.qualify.(*)..").should().beFreeOfCycles());
    }

    @Test
    void production_packages_do_not_use_the_synthetic_set() {
        check(noClasses()
                .that().resideOutsideOfPackages("io.qualify.app..", "io.qualify.eval..", "io.qualify.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("io.qualify.eval..", "io.qualify.synth.."));
    }

    @Test
    void every_failure_of_qualifys_own_is_a_qualify_exception() {
        check(classes().that().areAssignableTo(Exception.class).and().resideInAPackage("io.qualify..")
                .should().beAssignableTo(QualifyException.class));
    }

    @Test
    void rules_take_their_sentences_from_the_catalogue() {
        check(noClasses().that().resideInAPackage("io.qualify..").and().doNotHaveFullyQualifiedName(Finding.class.getName())
                .should().callMethod(Finding.class, "withMessage", String.class)
                .because("every sentence a reviewer reads lives in findings.properties (Finding.variant)"));
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
