package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.PriceDifferential;
import org.usrok.fund.claim.PriceDifferentialNotEligibleException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One editable cost line of a claim. A price-differential line shows the amount the fund's rule
 * gives ({@link PriceDifferential#eligibleAmount}, the service's own rule) and never takes a typed
 * amount; every other line takes the amount.
 */
public class ClaimLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String description;
    private LocalDate periodStartsOn;
    private LocalDate periodEndsOn;
    private BigDecimal amount;
    private BigDecimal oldUnitPrice;
    private BigDecimal newUnitPrice;
    private BigDecimal quantity;

    public ClaimLineForm() {
    }

    static ClaimLineForm of(ClaimDetails.Line line, boolean computed) {
        ClaimLineForm form = new ClaimLineForm();
        form.category = line.category();
        form.description = line.description();
        form.periodStartsOn = line.periodStartsOn();
        form.periodEndsOn = line.periodEndsOn();
        form.oldUnitPrice = line.oldUnitPrice();
        form.newUnitPrice = line.newUnitPrice();
        form.quantity = line.quantity();
        form.amount = computed ? null : line.claimed().amount();
        return form;
    }

    /** The line as the service takes it: prices and quantity or an amount, never both. */
    ClaimLineInput toInput(boolean computed) {
        return computed
                ? new ClaimLineInput(category, description, periodStartsOn, periodEndsOn, null, oldUnitPrice,
                newUnitPrice, quantity)
                : new ClaimLineInput(category, description, periodStartsOn, periodEndsOn, amount, null, null, null);
    }

    /**
     * The line's amount as it stands: computed by the rule with the round's eligible share (a
     * fraction, 0.5 = half) for the price differential, else the typed amount when it is a valid
     * amount of the currency. Empty while it cannot be known yet or is not eligible.
     */
    Optional<Money> amount(boolean computed, BigDecimal eligibleShare, CurrencyCode currency) {
        if (computed) {
            if (oldUnitPrice == null || newUnitPrice == null || quantity == null || quantity.signum() <= 0
                    || oldUnitPrice.signum() < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(PriceDifferential.eligibleAmount(oldUnitPrice, newUnitPrice, quantity, eligibleShare,
                        currency));
            } catch (PriceDifferentialNotEligibleException e) {
                return Optional.empty();
            }
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > currency.minorUnits()) {
            return Optional.empty();
        }
        return Optional.of(Money.rounded(amount, currency, RoundingMode.UNNECESSARY));
    }

    /** True when a price-differential line has all its figures but the new price is not higher. */
    boolean notEligible(boolean computed, BigDecimal eligibleShare, CurrencyCode currency) {
        return computed && oldUnitPrice != null && newUnitPrice != null && quantity != null && quantity.signum() > 0
                && amount(true, eligibleShare, currency).isEmpty();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getPeriodStartsOn() {
        return periodStartsOn;
    }

    public void setPeriodStartsOn(LocalDate periodStartsOn) {
        this.periodStartsOn = periodStartsOn;
    }

    public LocalDate getPeriodEndsOn() {
        return periodEndsOn;
    }

    public void setPeriodEndsOn(LocalDate periodEndsOn) {
        this.periodEndsOn = periodEndsOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getOldUnitPrice() {
        return oldUnitPrice;
    }

    public void setOldUnitPrice(BigDecimal oldUnitPrice) {
        this.oldUnitPrice = oldUnitPrice;
    }

    public BigDecimal getNewUnitPrice() {
        return newUnitPrice;
    }

    public void setNewUnitPrice(BigDecimal newUnitPrice) {
        this.newUnitPrice = newUnitPrice;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }
}
