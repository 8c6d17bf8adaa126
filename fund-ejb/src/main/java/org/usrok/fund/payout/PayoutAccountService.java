package org.usrok.fund.payout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CurrencyCode;

import java.util.Optional;

/**
 * Payout bank accounts of companies and their verification. Rules enforced here, for every caller:
 * <ul>
 *   <li>money goes only to a company's current account in the currency, and only once an officer of
 *       the company's own country has verified it ({@link #payableAccount}).</li>
 * </ul>
 */
@Stateless
public class PayoutAccountService {

    @PersistenceContext
    private EntityManager em;

    /**
     * The account the company is paid to in the currency, unmasked, for the disbursement service:
     * present only when the company's current account in that currency is verified. A company that
     * has registered a change (pending verification) or whose change was just registered during a
     * batch gets nothing, so its payment is held. Joins the caller's transaction.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.ADMIN_NAME})
    public Optional<PayableAccount> payableAccount(long companyId, @NotNull CurrencyCode currency) {
        return em.createQuery("select a from PayoutAccount a where a.companyId = :company "
                        + "and a.currentCurrency = :currency", PayoutAccount.class)
                .setParameter("company", companyId).setParameter("currency", currency)
                .getResultStream().findFirst()
                .filter(PayoutAccount::isPayable)
                .map(PayoutAccount::payable);
    }
}
