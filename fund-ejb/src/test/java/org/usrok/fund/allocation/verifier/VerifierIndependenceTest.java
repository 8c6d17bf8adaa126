package org.usrok.fund.allocation.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A check shares no code with what it checks: the auditors' certificate verifier uses only the
 * JDK, never the allocation core nor the shared value types the core computes with, so a defect
 * there cannot verify itself (docs/allocation.md, The verifier).
 */
class VerifierIndependenceTest {

    private static final JavaClasses FUND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.usrok.fund");

    @Test
    void theVerifierUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.usrok.fund.allocation.verifier..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.usrok.fund.allocation.verifier..", "java..")
                .check(FUND);
    }

    @Test
    void theAllocationCoreDoesNotUseTheVerifier() {
        noClasses().that().resideInAPackage("org.usrok.fund.allocation.core..")
                .should().dependOnClassesThat().resideInAPackage("org.usrok.fund.allocation.verifier..")
                .check(FUND);
    }
}
