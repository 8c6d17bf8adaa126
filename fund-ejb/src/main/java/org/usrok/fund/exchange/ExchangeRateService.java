package org.usrok.fund.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.LocalDate;

/**
 * Records and looks up exchange rates. Officers record published rates (with source and who
 * entered them, audited; never dated in the future); officers and auditors read them; a lookup returns the newest rate effective on or
 * before a date, so every later conversion can name exactly which record it used.
 */
@Stateless
public class ExchangeRateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ExchangeRateSummary record(@NotNull @Valid RecordExchangeRate command) {
        ExchangeRate rate;
        try {
            rate = new ExchangeRate(command.base(), command.quote(), command.rate());
        } catch (IllegalArgumentException e) {
            throw new InvalidExchangeRateException();
        }
        if (command.effectiveOn().isAfter(Clock.latestValueDate())) {
            throw InvalidExchangeRateException.notYetPublished(command.effectiveOn());
        }
        String pair = command.base() + "/" + command.quote();
        long existing = em.createQuery("select count(r) from ExchangeRateRecord r where r.base = :base and r.quote = :quote "
                        + "and r.effectiveOn = :day and r.source = :source", Long.class)
                .setParameter("base", command.base()).setParameter("quote", command.quote())
                .setParameter("day", command.effectiveOn()).setParameter("source", command.source())
                .getSingleResult();
        if (existing > 0) {
            throw new ExchangeRateExistsException(pair, command.effectiveOn(), command.source());
        }
        var record = new ExchangeRateRecord(rate, command.effectiveOn(), command.source(),
                command.sourceReference() == null || command.sourceReference().isBlank() ? null
                        : command.sourceReference().strip(),
                currentActor.get().username(), Clock.now());
        em.persist(record);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ExchangeRateExistsException(pair, command.effectiveOn(), command.source());
        }
        var summary = ExchangeRateSummary.of(record);
        audit.record("EXCHANGE_RATE_RECORDED", ExchangeRateRecord.ENTITY, record.getId(), null, summary);
        return summary;
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public ExchangeRateSummary get(long id) {
        ExchangeRateRecord record = em.find(ExchangeRateRecord.class, id);
        if (record == null) {
            throw new EntityNotFoundException(ExchangeRateRecord.ENTITY, id);
        }
        return ExchangeRateSummary.of(record);
    }

    /** The newest rate of the pair effective on or before {@code day} (from any source, latest entered first). */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public ExchangeRateSummary rateOn(@NotNull CurrencyCode base, @NotNull CurrencyCode quote, @NotNull LocalDate day) {
        return em.createQuery("select r from ExchangeRateRecord r where r.base = :base and r.quote = :quote "
                        + "and r.effectiveOn <= :day order by r.effectiveOn desc, r.id desc", ExchangeRateRecord.class)
                .setParameter("base", base).setParameter("quote", quote).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst().map(ExchangeRateSummary::of)
                .orElseThrow(() -> new NoExchangeRateException(base + "/" + quote, day));
    }

    /** Rates newest first, optionally of one pair and effective within {@code [from, to]} (both inclusive, each optional). */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public Page<ExchangeRateSummary> list(CurrencyCode base, CurrencyCode quote, LocalDate from, LocalDate to,
                                          @NotNull PageRequest page) {
        String where = " where (:base is null or r.base = :base) and (:quote is null or r.quote = :quote)"
                + (from == null ? "" : " and r.effectiveOn >= :from") + (to == null ? "" : " and r.effectiveOn <= :to");
        var count = em.createQuery("select count(r) from ExchangeRateRecord r" + where, Long.class)
                .setParameter("base", base).setParameter("quote", quote);
        var select = em.createQuery("select r from ExchangeRateRecord r" + where
                        + " order by r.effectiveOn desc, r.id desc", ExchangeRateRecord.class)
                .setParameter("base", base).setParameter("quote", quote);
        if (from != null) {
            count.setParameter("from", from);
            select.setParameter("from", from);
        }
        if (to != null) {
            count.setParameter("to", to);
            select.setParameter("to", to);
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(ExchangeRateSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
