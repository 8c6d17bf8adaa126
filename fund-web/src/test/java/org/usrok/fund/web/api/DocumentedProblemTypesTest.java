package org.usrok.fund.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.BusinessRuleException;

/**
 * docs/api.md's table of problem types against the code: every business rule the services can
 * refuse with is documented, and every documented type is a rule or one of the web layer's own
 * refusals. A rule added without documentation, or a documented type that no longer exists, fails.
 */
class DocumentedProblemTypesTest {

    /** Types the web layer answers itself: Bean Validation, JAX-RS reason phrases, authentication, the catch of last resort. */
    private static final Set<String> WEB_LAYER_TYPES = Set.of("validation", "malformed-request", "bad-request",
            "unauthenticated", "forbidden", "not-found", "method-not-allowed", "not-acceptable", "payload-too-large",
            "unsupported-media-type", "sign-in-locked", "concurrent-change", "internal-error");

    private static Set<String> documented;
    private static Set<String> ruleNames;

    @BeforeAll
    static void read() throws IOException, ReflectiveOperationException {
        documented = documentedTypes(Path.of("..", "docs", "api.md"));
        ruleNames = new TreeSet<>();
        for (JavaClass rule : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.usrok.fund")
                .get(BusinessRuleException.class).getAllSubclasses()) {
            if (!rule.getModifiers().contains(JavaModifier.ABSTRACT)) {
                ruleNames.add(ruleNameOf(rule.reflect()));
            }
        }
    }

    @Test
    void findsTheRulesOfBothModules() {
        assertThat(ruleNames).contains("four-eyes", "bilateral-commitment", "idempotency-key-reused",
                "idempotent-request-in-progress").hasSizeGreaterThan(40);
    }

    @Test
    void everyBusinessRuleIsDocumented() {
        assertThat(documented).containsAll(ruleNames);
    }

    @Test
    void everyDocumentedTypeExists() {
        Set<String> known = new TreeSet<>(ruleNames);
        known.addAll(WEB_LAYER_TYPES);
        assertThat(known).containsAll(documented);
    }

    /** The back-quoted names in the status table under "## Problems", leaving out remarks in parentheses. */
    private static Set<String> documentedTypes(Path apiMd) throws IOException {
        String text = Files.readString(apiMd, StandardCharsets.UTF_8);
        int start = text.indexOf("\n## Problems");
        assertThat(start).as("docs/api.md has a Problems section").isPositive();
        Set<String> types = new TreeSet<>();
        for (String line : text.substring(start).lines().toList()) {
            if (line.startsWith("### ")) {
                break;
            }
            if (line.matches("\\| \\d{3} \\|.*")) {
                String withoutRemarks = line;
                while (withoutRemarks.matches(".*\\([^()]*\\).*")) {
                    withoutRemarks = withoutRemarks.replaceAll("\\([^()]*\\)", "");
                }
                Matcher name = Pattern.compile("`([a-z][a-z0-9-]*)`").matcher(withoutRemarks);
                while (name.find()) {
                    types.add(name.group(1));
                }
            }
        }
        assertThat(types).as("problem types in the table").isNotEmpty();
        return types;
    }

    /**
     * A rule's name is a constant of its class; reading it needs an instance, and the constructors
     * want the refused values, so the instance is made the way deserialisation makes one.
     */
    private static String ruleNameOf(Class<?> rule) throws ReflectiveOperationException {
        Object instance = sun.reflect.ReflectionFactory.getReflectionFactory()
                .newConstructorForSerialization(rule).newInstance();
        try {
            return ((BusinessRuleException) instance).ruleName();
        } catch (RuntimeException e) {
            throw new InvocationTargetException(e, rule.getName() + ".ruleName() needs state");
        }
    }
}
