package org.usrok.fund.web.audit;

import org.junit.jupiter.api.Test;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the services record in the audit trail has a label in English and Korean. The
 * codes are read from fund-ejb's sources: the literals passed to {@code AuditTrail.record} /
 * {@code recordAs}, or to a method of the same file with a {@code String action} parameter (the
 * services' {@code flushAndAudit} helpers). A code built as {@code "PREFIX_" + value} is expanded
 * with the values of the enum listed in {@link #DYNAMIC}; a new prefix fails until it is listed.
 * The actions of refused attempts ({@code @RecordsRefusals(action = ...)}) need labels too.
 */
class AuditActionLabelsTest {

    private static final Path EJB_SOURCES = Path.of("..", "fund-ejb", "src", "main", "java");
    private static final Pattern AUDITING_FILE = Pattern.compile("\\baudit\\w*\\s*\\.\\s*record(As)?\\s*\\(");
    private static final Pattern ACTION_METHOD = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*)\\)\\s*(throws [\\w., ]+)?\\{");
    private static final Pattern REFUSED_ACTION = Pattern.compile("@RecordsRefusals\\(\\s*action\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"(\\s*\\+)?");

    /** Action codes completed at run time, by prefix: the enum whose constant is appended. */
    private static final Map<String, Class<? extends Enum<?>>> DYNAMIC = Map.of(
            "CLAIM_", ClaimStatus.class,
            "APPLICATION_", ApplicationStatus.class,
            "PAYMENT_", PaymentOutcome.class,
            "ROUND_SIGNED_OFF_", CountryCode.class,
            "ALLOCATION_APPROVED_", CountryCode.class);

    @Test
    void everyRecordedActionHasALabelInBothLanguages() {
        Set<String> codes = recordedActions();
        assertThat(codes).contains("ALLOCATION_SIMULATED", "CLAIM_OVERDUE", "LEDGER_EXPORTED", "PAYMENT_RETURNED",
                "ROUND_SIGNED_OFF_KR", "USER_CREATED", "CLAIM_DECIDED", "DISBURSEMENT_BATCH_RELEASED").hasSizeGreaterThan(50);
        for (Locale locale : List.of(Locale.ROOT, Locale.KOREAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.usrok.fund.web.i18n.messages", locale);
            List<String> missing = codes.stream().filter(c -> !bundle.containsKey(AuditActionLabels.PREFIX + c)).toList();
            assertThat(missing).as("audit actions without a label in the %s bundle", locale).isEmpty();
        }
    }

    @Test
    void aLabelShowsInThePageLanguageAndACodeWithoutOneShowsItself() {
        assertThat(AuditActionLabels.label(Locale.ENGLISH, "ALLOCATION_SIMULATED")).isEqualTo("Allocation scenario simulated");
        assertThat(AuditActionLabels.label(Locale.KOREAN, "ALLOCATION_SIMULATED")).isEqualTo("배분 시나리오 시뮬레이션");
        assertThat(AuditActionLabels.label(Locale.ENGLISH, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(AuditActionLabels.label(Locale.KOREAN, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    /** Every entity type of the trail (the {@code ENTITY} / {@code …_ENTITY} constants of fund-ejb) has a label in both languages. */
    @Test
    void everyEntityTypeHasALabelInBothLanguages() {
        Pattern entity = Pattern.compile("\\b[A-Z_]*ENTITY\\s*=\\s*\"(\\w+)\"");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = entity.matcher(Files.readString(file));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(types).contains("DiversificationClaim", "FundingRound", "JournalEntry", "LedgerExport")
                .hasSizeGreaterThan(15);
        for (Locale locale : List.of(Locale.ROOT, Locale.KOREAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.usrok.fund.web.i18n.messages", locale);
            List<String> missing = types.stream()
                    .filter(t -> !bundle.containsKey(AuditActionLabels.ENTITY_PREFIX + t)).toList();
            assertThat(missing).as("entity types without a label in the %s bundle", locale).isEmpty();
        }
        assertThat(AuditActionLabels.entityType(Locale.ENGLISH, "DiversificationClaim")).isEqualTo("Claim");
        assertThat(AuditActionLabels.entityType(Locale.KOREAN, "FundingRound")).isEqualTo("\uc9c0\uc6d0 \uacf5\uace0");
        assertThat(AuditActionLabels.entityType(Locale.ENGLISH, "Unknown")).isEqualTo("Unknown");
    }

    private static Set<String> recordedActions() {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher refused = REFUSED_ACTION.matcher(source);
                while (refused.find()) {
                    codes.add(refused.group(1));
                }
                if (AUDITING_FILE.matcher(source).find()) {
                    codes.addAll(actionsIn(source, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static Set<String> actionsIn(String source, Path file) {
        Set<String> methods = new TreeSet<>(Set.of("record", "recordAs"));
        Matcher declaration = ACTION_METHOD.matcher(source);
        while (declaration.find()) {
            if (declaration.group(2).matches("(?s).*\\bString action\\b.*")) {
                methods.add(declaration.group(1));
            }
        }
        Set<String> codes = new TreeSet<>();
        Matcher call = Pattern.compile("\\b(" + String.join("|", methods) + ")\\s*\\(").matcher(source);
        while (call.find()) {
            Matcher code = CODE.matcher(arguments(source, call.end()));
            while (code.find()) {
                codes.addAll(expand(code.group(1), code.group(2) != null, file));
            }
        }
        return codes;
    }

    /** The text up to the parenthesis that closes the one before {@code start}. */
    private static String arguments(String source, int start) {
        int depth = 1;
        int i = start;
        while (i < source.length() && depth > 0) {
            char c = source.charAt(i++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return source.substring(start, i);
    }

    private static List<String> expand(String code, boolean completedAtRunTime, Path file) {
        if (!completedAtRunTime) {
            return List.of(code);
        }
        Class<? extends Enum<?>> values = DYNAMIC.get(code);
        assertThat(values).as("%s builds the audit action %s... at run time: list its values in DYNAMIC", file, code)
                .isNotNull();
        List<String> codes = new ArrayList<>();
        Arrays.stream(values.getEnumConstants()).forEach(v -> codes.add(code + v.name()));
        return codes;
    }
}
