package fr.clausematch.dataset;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dataset package is plain Java + Commons CSV: no Spring, JPA or web types. */
class DatasetArchitectureTest {

    @Test
    void datasetPackageDependsOnNoFrameworkType() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.clausematch.dataset");

        noClasses().that().resideInAPackage("fr.clausematch.dataset..")
                .and().doNotHaveSimpleName("package-info") // its module declaration (Spring Modulith) is not code
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.persistence..", "org.hibernate..", "fr.clausematch.cli..", "fr.clausematch.database..")
                .check(classes);
    }
}
