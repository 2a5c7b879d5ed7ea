package fr.clausematch.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows pointing one way: the matching model and the exchange format stand on their own. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.clausematch");
    }

    @Test
    void matchingDependsOnNoOtherFeatureNorOnWebOrJpa() {
        noClasses().that().resideInAPackage("fr.clausematch.matching..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "fr.clausematch.dataset..", "fr.clausematch.exchange..", "fr.clausematch.candidate..",
                        "fr.clausematch.contract..", "fr.clausematch.planning..", "fr.clausematch.territory..",
                        "fr.clausematch.cli..", "fr.clausematch.web..", "fr.clausematch.database..",
                        "jakarta.persistence..", "org.hibernate..", "org.springframework.web..", "jakarta.servlet..",
                        "org.apache.commons.csv..")
                .check(classes);
    }

    @Test
    void exchangeFormatKnowsNothingOfSpringOrTheDatabase() {
        noClasses().that().resideInAPackage("fr.clausematch.dataset..")
                .and().doNotHaveSimpleName("package-info") // its module declaration (Spring Modulith) is not code
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                        "fr.clausematch.candidate..", "fr.clausematch.contract..", "fr.clausematch.planning..",
                        "fr.clausematch.exchange..", "fr.clausematch.web..")
                .check(classes);
    }

    @Test
    void entitiesDoNotLeakIntoTheWebLayerOrTheCommandLine() {
        noClasses().that().resideInAPackage("fr.clausematch.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void noControllerRunsSql() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(fr.clausematch.web.PageController.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .because("a controller asks its module's services and queries, which own the SQL")
                .check(classes);
    }
}
