package fr.clausematch.matching;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The matching model depends on no other feature package, and on no JPA, web, CSV or Spring type; OR-Tools only in
 * its exact reference, which uses the model and nothing else of the heart.
 */
class MatchingArchitectureTest {

    @Test
    void matchingDependsOnlyOnJavaAndOptaPlanner() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.clausematch.matching");
        classes().that().resideInAPackage("fr.clausematch.matching..")
                .and().resideOutsideOfPackage("fr.clausematch.matching.exact")
                .and().doNotHaveSimpleName("package-info") // its module declaration (Spring Modulith) is not code
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.optaplanner..", "fr.clausematch.matching..")
                .check(main);
        classes().that().resideInAPackage("fr.clausematch.matching.exact")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.ortools..", "com.google.protobuf..",
                        "fr.clausematch.matching.model", "fr.clausematch.matching.exact")
                .check(main);
    }
}
