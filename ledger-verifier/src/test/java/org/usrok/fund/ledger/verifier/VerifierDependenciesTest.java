package org.usrok.fund.ledger.verifier;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar needs nothing but the JDK: every class it holds depends only on classes it holds
 * and on {@code java.*}, annotations included (so no Jakarta EE, Hibernate or MicroProfile type,
 * which the rest of fund-ejb uses), and it holds only the verifier's classes, not fund-ejb whole.
 */
class VerifierDependenciesTest {

    @Test
    void theJarDependsOnNothingButItselfAndTheJdk() throws IOException {
        JavaClasses classes;
        Set<String> entries;
        try (JarFile jar = new JarFile(JarRuns.jar().toFile())) {
            classes = new ClassFileImporter().importJar(jar);
            entries = jar.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inJar = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> outside = new TreeSet<>();
        for (JavaClass type : classes) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                while (target.isArray()) {
                    target = target.getComponentType();
                }
                String name = target.getName();
                if (!target.isPrimitive() && !name.startsWith("java.") && !inJar.contains(name)) {
                    outside.add(type.getName() + " -> " + name);
                }
            }
        }

        assertThat(outside).isEmpty();
        assertThat(inJar).contains(VerifyLedgerBundle.class.getName(),
                "org.usrok.fund.ledger.bundle.BundleVerifier",
                "org.usrok.fund.allocation.verifier.CertificateVerifier",
                "org.usrok.fund.ledger.ChainHash",
                "org.usrok.fund.ledger.verifier.independent.SpecChainCheck");
        assertThat(inJar).noneMatch(n -> n.startsWith("org.usrok.fund.ledger.LedgerService")
                || n.startsWith("org.usrok.fund.allocation.core.") || n.endsWith("Record") && n.contains(".exchange."));
        assertThat(entries).allMatch(e -> e.startsWith("META-INF/") || e.startsWith("org/usrok/fund/")
                        || "org/usrok/fund/".startsWith(e),
                "only the verifier's classes and its version file");
        assertThat(entries).contains("org/usrok/fund/ledger/verifier/verifier.properties");
    }
}
