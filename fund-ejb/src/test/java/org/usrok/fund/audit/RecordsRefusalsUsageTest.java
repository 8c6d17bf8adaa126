package org.usrok.fund.audit;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.round.RoundService;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every marked service method names its action and entity type, and its marker finds the target's
 * id (a misfit would turn a refusal into a failure at run time), and the methods that move money
 * are marked.
 */
class RecordsRefusalsUsageTest {

    private static final List<Class<?>> SERVICES = List.of(ContributionService.class, AllocationService.class,
            DisbursementService.class, RecoveryService.class, ClaimService.class, RoundService.class);

    @Test
    void everyMarkerFitsItsMethod() {
        List<String> marked = new ArrayList<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(RecordsRefusals.class)) {
                    continue;
                }
                RecordsRefusals marker = RefusalAuditInterceptor.marker(method);
                assertThat(method.getParameterCount()).as(method.toString()).isPositive();
                Class<?> first = method.getParameterTypes()[0];
                if (marker.idComponent().isEmpty()) {
                    assertThat(first).as(method.toString()).isIn(Long.class, long.class);
                } else {
                    assertThat(first.isRecord()).as(method.toString()).isTrue();
                    assertThat(Arrays.stream(first.getRecordComponents()).map(RecordComponent::getName))
                            .as(method.toString()).contains(marker.idComponent());
                }
                marked.add(service.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(marked).contains("ContributionService.recordReceipt", "AllocationService.propose",
                "AllocationService.approve", "DisbursementService.prepare", "DisbursementService.release",
                "RecoveryService.open", "RecoveryService.approve", "RecoveryService.recordReceipt",
                "ClaimService.decide", "RoundService.signOff");
    }
}
