package org.usrok.fund.audit;

import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;
import org.usrok.fund.contribution.ContributionExceedsPledgeException;
import org.usrok.fund.disbursement.FourEyesException;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class RefusalAuditInterceptorTest {

    record Receipt(Long roundId, String amount) {
    }

    /** Stands for the marked service methods. */
    static class Service {
        @RecordsRefusals(action = "DISBURSEMENT_BATCH_RELEASED", entityType = "DisbursementBatch")
        void release(Long batchId) {
        }

        @RecordsRefusals(action = "CONTRIBUTION_RECEIVED", entityType = "FundingRound", idComponent = "roundId")
        void receive(Receipt receipt) {
        }

        @RecordsRefusals
        void unnamed(Long id) {
        }
    }

    /** The interceptor without a database: keeps what it was asked to record. */
    static class RecordingInterceptor extends RefusalAuditInterceptor {
        final List<AuditEntry> refusals = new ArrayList<>();

        @Override
        AuditEntry write(String action, String entityType, String entityId, String rule, String message) {
            AuditEntry entry = new AuditEntry(refusals.size() + 1, Instant.EPOCH, "us.officer1", action, entityType,
                    String.valueOf(entityId), null, null, AuditOutcome.REFUSED, rule, message);
            refusals.add(entry);
            return entry;
        }
    }

    private final RecordingInterceptor interceptor = new RecordingInterceptor();
    private final List<AuditEntry> recorded = interceptor.refusals;

    @Test
    void aRefusalIsRecordedWithTheRuleAndTheEnglishMessageAndRethrownUnchanged() {
        FourEyesException refusal = new FourEyesException("us.officer1", 12);

        assertThatThrownBy(() -> interceptor.recordRefusals(call("release", new Object[]{12L}, () -> {
            throw refusal;
        }))).isSameAs(refusal);

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("DISBURSEMENT_BATCH_RELEASED");
            assertThat(r.entityType()).isEqualTo("DisbursementBatch");
            assertThat(r.entityId()).isEqualTo("12");
            assertThat(r.refusalRule()).isEqualTo("four-eyes");
            assertThat(r.refusalMessage())
                    .isEqualTo("us.officer1 prepared disbursement batch 12 and cannot release it; "
                            + "another officer of the paying government must.");
        });
    }

    @Test
    void theTargetIsTakenFromTheCommandsComponent() {
        assertThatThrownBy(() -> interceptor.recordRefusals(call("receive", new Object[]{new Receipt(5L, "9")}, () -> {
            throw new ContributionExceedsPledgeException("USD 10.00");
        }))).isInstanceOf(ContributionExceedsPledgeException.class);

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.entityType()).isEqualTo("FundingRound");
            assertThat(r.entityId()).isEqualTo("5");
            assertThat(r.refusalRule()).isEqualTo("contribution-exceeds-pledge");
            assertThat(r.refusalMessage()).contains("USD 10.00");
        });
    }

    @Test
    void aSuccessfulCallRecordsNothing() {
        InvocationContext success = call("release", new Object[]{1L}, () -> "done");
        assertThat(assertDoesNotThrow(() -> interceptor.recordRefusals(success))).isEqualTo("done");
        assertThat(recorded).isEmpty();
    }

    @Test
    void aRefusalPassingThroughNestedMarkedCallsIsRecordedOnceByTheOutermost() {
        BusinessRuleException refusal = new FourEyesException("us.officer1", 3);
        InvocationContext inner = call("release", new Object[]{3L}, () -> {
            throw refusal;
        });
        InvocationContext outer = call("receive", new Object[]{new Receipt(8L, "1")},
                () -> interceptor.recordRefusals(inner));

        assertThatThrownBy(() -> interceptor.recordRefusals(outer)).isSameAs(refusal);

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.action()).as("the call the user made").isEqualTo("CONTRIBUTION_RECEIVED");
            assertThat(r.entityId()).isEqualTo("8");
        });
        assertThatThrownBy(() -> interceptor.recordRefusals(inner)).isSameAs(refusal);
        assertThat(recorded).as("the nesting ends with the outer call").hasSize(2);
    }

    @Test
    void inputValidationUnknownEntitiesLostRacesAndFailuresAreNotRecorded() {
        for (RuntimeException e : List.of(new InvalidAmountException("amount", new BigDecimal("1.001"), CurrencyCode.USD),
                new EntityNotFoundException("DisbursementBatch", 1L), new ConcurrentChangeException("DisbursementBatch", 1L),
                new IllegalStateException("a bug"))) {
            assertThatThrownBy(() -> interceptor.recordRefusals(call("release", new Object[]{1L}, () -> {
                throw e;
            }))).isSameAs(e);
        }
        assertThat(recorded).isEmpty();
    }

    @Test
    void rulesAboutMoneyAndGovernanceAreAudited() {
        assertThat(RefusalAuditInterceptor.audited(new FourEyesException("x", 1))).isTrue();
        assertThat(RefusalAuditInterceptor.audited(new ContributionExceedsPledgeException("KRW 1"))).isTrue();
        assertThat(RefusalAuditInterceptor.audited(new InvalidAmountException("amount", BigDecimal.ONE.negate(),
                CurrencyCode.KRW))).isFalse();
    }

    @Test
    void aMarkerWithoutActionOrEntityTypeIsAProgrammingError() throws NoSuchMethodException {
        assertThatThrownBy(() -> RefusalAuditInterceptor.marker(Service.class.getDeclaredMethod("unnamed", Long.class)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static InvocationContext call(String method, Object[] parameters, Callable<Object> body) {
        Method target = null;
        for (Method m : Service.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                target = m;
            }
        }
        return new Invocation(target, parameters, body);
    }

    private record Invocation(Method method, Object[] parameters, Callable<Object> body) implements InvocationContext {
        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return parameters;
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            return body.call();
        }
    }
}
