package com.lockvue.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.decorator.Decorator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
                .layer("Password").definedBy("com.lockvue.adapter.password..")
                .layer("Webhook").definedBy("com.lockvue.adapter.webhook..")
                .layer("Bootstrap").definedBy("com.lockvue.bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rest").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("LockCommand").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Password").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Webhook").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Rest", "Persistence", "LockCommand", "Password",
                        "Webhook", "Bootstrap")
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

    @Test
    void commandsOfTheInPortsAreBuiltFromTheDomainAlone() {
        // IssuedLockCommand is an answer (the signed lock command), not a command to a use case.
        classes().that().resideInAPackage("com.lockvue.application.port.in..").and().haveSimpleNameEndingWith("Command")
                .and().haveSimpleNameNotStartingWith("Issued")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.lockvue.domain..", "java..")
                .check(classes);
    }

    @Test
    void noServiceReadsTheSystemClock() {
        noClasses().that().resideInAPackage("com.lockvue.application..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
        noClasses().that().resideInAPackage("com.lockvue.domain..").and().doNotHaveSimpleName("TimeOrderedIds")
                .should().callMethod(java.time.Instant.class, "now")
                .check(classes);
    }

    @Test
    void eachInPortHasAServiceOfTheSameName() {
        classes().that().resideInAPackage("com.lockvue.application.service..").and().haveSimpleNameEndingWith("Service")
                .should(implementTheOnePortTheirNameSays())
                .check(classes);
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>
            implementTheOnePortTheirNameSays() {
        return new com.tngtech.archunit.lang.ArchCondition<>("implement exactly one in-port, named as they are") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass service,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                String stem = service.getSimpleName().substring(0, service.getSimpleName().length() - "Service".length());
                var ports = service.getRawInterfaces().stream()
                        .filter(i -> i.getPackageName().equals("com.lockvue.application.port.in")).toList();
                boolean ok = ports.size() == 1 && (ports.get(0).getSimpleName().equals(stem + "UseCase")
                        || ports.get(0).getSimpleName().equals(stem + "Query"));
                if (!ok) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(service, service.getName()
                            + " implements " + ports.stream().map(c -> c.getSimpleName()).toList()));
                }
            }
        };
    }

    /**
     * A CDI decorator must pass on every method of what it decorates, the interface's defaults too: a default it does
     * not override runs on the decorator, so the implementation's own version of it (one statement for both rate-limit
     * counts, say) is silently never called.
     */
    @Test
    void decoratorsPassOnEveryMethodIncludingDefaults() throws Exception {
        var decorators = classes.stream().filter(c -> c.isAnnotatedWith(Decorator.class)).toList();
        assertThat(decorators).isNotEmpty();
        for (var decorator : decorators) {
            Class<?> type = Class.forName(decorator.getName());
            for (Class<?> decorated : type.getInterfaces()) {
                for (Method method : decorated.getMethods()) {
                    if (Modifier.isStatic(method.getModifiers())) {
                        continue;
                    }
                    assertThat(type.getMethod(method.getName(),
                            method.getParameterTypes()).getDeclaringClass())
                            .as("%s.%s", type.getSimpleName(), method.getName()).isEqualTo(type);
                }
            }
        }
    }
}
