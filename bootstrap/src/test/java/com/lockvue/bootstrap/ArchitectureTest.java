package com.lockvue.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards: adapters -> application -> domain; adapters never use each other. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.lockvue");
    }

    @Test
    void layersDependInwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("com.lockvue.domain..")
                .layer("Application").definedBy("com.lockvue.application..")
                .layer("Rest").definedBy("com.lockvue.adapter.rest..")
                .layer("Persistence").definedBy("com.lockvue.adapter.persistence..")
                .layer("LockCommand").definedBy("com.lockvue.adapter.lockcommand..")
                .layer("Bootstrap").definedBy("com.lockvue.bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rest").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("LockCommand").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Rest", "Persistence", "LockCommand", "Bootstrap")
                .check(classes);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("com.lockvue.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.lockvue.domain..", "java..")
                .check(classes);
    }

    @Test
    void theApplicationUsesNoFramework() {
        noClasses().that().resideInAPackage("com.lockvue.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "io.quarkus..",
                        "org.hibernate..", "io.smallrye..", "io.vertx..", "com.fasterxml..")
                .check(classes);
        noClasses().that().resideInAPackage("com.lockvue.application..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.lockvue.domain..", "com.lockvue.application..",
                        "java..")
                .check(classes);
    }

    /** The verifier module is what lock makers port to firmware: the JDK is all it may assume. */
    @Test
    void theLockVerifierDependsOnNothingOfTheServer() {
        noClasses().that().resideInAPackage("com.lockvue.lockverifier..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.lockvue.lockverifier..", "java..")
                .check(classes);
    }

    /** It is on the test class path only; no production class may come to need it at run time. */
    @Test
    void theServerDoesNotUseTheLockVerifier() {
        noClasses().that().resideOutsideOfPackage("com.lockvue.lockverifier..")
                .should().dependOnClassesThat().resideInAPackage("com.lockvue.lockverifier..")
                .check(classes);
    }
}
