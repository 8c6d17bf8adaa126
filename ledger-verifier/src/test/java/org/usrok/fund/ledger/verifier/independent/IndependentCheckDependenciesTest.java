package org.usrok.fund.ledger.verifier.independent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A check shares no code with what it checks: the independent chain check depends on the JDK
 * and on its own package only, nothing of {@code org.usrok.fund} (fund-ejb's canonical form, chain
 * hash and bundle reader above all) and no library.
 */
class IndependentCheckDependenciesTest {

    private static final String PACKAGE = "org.usrok.fund.ledger.verifier.independent";

    private static ArchRule onlyTheJdkAndItself(String packageName) {
        return classes().that().resideInAPackage(packageName)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PACKAGE);
    }

    private static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.usrok.fund.ledger.verifier");
    }

    @Test
    void theIndependentCheckDependsOnNothingButTheJdkAndItself() {
        JavaClasses classes = mainClasses();

        assertThat(classes.contain(SpecChainCheck.class)).isTrue();
        onlyTheJdkAndItself(PACKAGE).check(classes);
    }

    @Test
    void theRuleFailsForTheCommandLineWhichUsesFundEjb() {
        assertThatThrownBy(() -> onlyTheJdkAndItself("org.usrok.fund.ledger.verifier").check(mainClasses()))
                .hasMessageContaining("org.usrok.fund.ledger.bundle.BundleVerifier");
    }
}
