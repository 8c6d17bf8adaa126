package org.usrok.fund.contribution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.round.RoundRowLock;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;
import org.usrok.fund.shared.ValueDateRange;

import java.util.ArrayList;
import java.util.List;

/**
 * Books the governments' contributions. When both governments have opened a round, each pledge
 * is posted (debit the government's contributions receivable, credit government contributions,
 * effective on the pledge date). An officer of the paying government records each receipt
 * (debit fund cash, credit the receivable), never more in total than the pledge; receipts of one
 * round are recorded one at a time under the round's row lock, so two officers cannot together
 * overshoot the pledge. A receipt is dated from the day of its government's pledge to the round to
 * {@link Clock#latestValueDate()}: its date is the value date of its ledger entry, and money is
 * neither received before it was pledged nor in the future. Pledged vs received is shown per
 * government. A refused receipt (over the pledge, the other government's) is audited as refused
 * ({@code @RecordsRefusals}).
 */
@Stateless
public class ContributionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LedgerService ledger;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    /** Receivable account of each government (chart of accounts in docs/ledger.md). */
    public static String receivableAccount(CountryCode government) {
        return government == CountryCode.US ? "1100-USD" : "1110-KRW";
    }

    public static String contributionsAccount(CountryCode government) {
        return government == CountryCode.US ? "3100-USD" : "3110-KRW";
    }

    public static String cashAccount(CountryCode government) {
        return "1200-" + government.currency();
    }

    /** Posts both governments' pledges of a round that has just opened; called in the opening transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void postPledges(FundingRound round) {
        for (CountryCode government : CountryCode.values()) {
            Money pledged = round.contributionOf(government);
            if (pledged.isZero()) {
                continue;
            }
            JournalEntryRecord entry = ledger.post(new PostEntry("round-" + round.getId() + "-pledge-" + government,
                    round.pledgedOn(government), reference(round), pledgeDescription(government, round),
                    null, List.of(JournalLine.debit(receivableAccount(government), pledged),
                    JournalLine.credit(contributionsAccount(government), pledged))));
            round.pledgePosted(government, entry.sequence());
        }
    }

    private static String pledgeDescription(CountryCode government, FundingRound round) {
        return (government == CountryCode.US ? "U.S. Government" : "ROK Government") + " pledge to " + round.getNameEn();
    }

    private static String reference(FundingRound round) {
        return "round:" + round.getId();
    }

    @RecordsRefusals(action = "CONTRIBUTION_RECEIVED", entityType = FundingRound.ENTITY, idComponent = "roundId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ReceiptSummary recordReceipt(@NotNull @Valid RecordContributionReceipt command) {
        Actor officer = currentActor.get();
        if (!officer.isOfficerOf(command.government())) {
            throw new OwnCountryOnlyException(officer.username(), command.government());
        }
        FundingRound round = RoundRowLock.lock(em, command.roundId());
        if (round.getStatus() == RoundStatus.DRAFT) {
            throw new StateTransitionRefusedException(FundingRound.ENTITY, round.getStatus(), "receive contributions");
        }
        CountryCode government = command.government();
        Money amount = InvalidAmountException.require("amount", command.amount(), government.currency(), false);
        ValueDateRange dates = ValueDateRange.from(round.pledgedOn(government));
        dates.breach(command.receivedOn()).ifPresent(breach -> {
            throw new ContributionDateInvalidException(command.receivedOn(), dates, breach);
        });
        Money outstanding = round.contributionOf(government).minus(received(round.getId(), government));
        if (amount.compareTo(outstanding) > 0) {
            throw new ContributionExceedsPledgeException(outstanding.toString());
        }
        long count = em.createQuery("select count(r) from ContributionReceipt r where r.roundId = :round "
                        + "and r.government = :government", Long.class)
                .setParameter("round", round.getId()).setParameter("government", government).getSingleResult();
        JournalEntryRecord entry = ledger.post(new PostEntry(
                "round-" + round.getId() + "-receipt-" + government + "-" + (count + 1), command.receivedOn(),
                reference(round), "Contribution received, bank reference " + command.bankReference().strip(), null,
                List.of(JournalLine.debit(cashAccount(government), amount),
                        JournalLine.credit(receivableAccount(government), amount))));
        var receipt = new ContributionReceipt(round.getId(), government, amount, command.receivedOn(),
                command.bankReference().strip(), entry.sequence(), officer.username(), Clock.now());
        em.persist(receipt);
        em.flush();
        var summary = ReceiptSummary.of(receipt);
        audit.record("CONTRIBUTION_RECEIVED", ContributionReceipt.ENTITY, receipt.getId(), null, summary);
        return summary;
    }

    /** Pledged vs received per government for a round (officers, auditors, administrators). */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ContributionStatus> status(@NotNull Long roundId) {
        FundingRound round = em.find(FundingRound.class, roundId);
        if (round == null) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        List<ContributionStatus> result = new ArrayList<>();
        for (CountryCode government : CountryCode.values()) {
            var receipts = em.createQuery("select r from ContributionReceipt r where r.roundId = :round "
                            + "and r.government = :government order by r.id", ContributionReceipt.class)
                    .setParameter("round", roundId).setParameter("government", government)
                    .getResultStream().map(ReceiptSummary::of).toList();
            Money received = receipts.stream().map(ReceiptSummary::amount)
                    .reduce(Money.zero(government.currency()), Money::plus);
            Money pledged = round.contributionOf(government);
            result.add(new ContributionStatus(government, pledged, round.pledgedOn(government),
                    round.pledgeSequence(government), received, pledged.minus(received), receipts));
        }
        return result;
    }

    private Money received(long roundId, CountryCode government) {
        Long minor = em.createQuery("select coalesce(sum(r.amountMinor), 0) from ContributionReceipt r "
                        + "where r.roundId = :round and r.government = :government", Long.class)
                .setParameter("round", roundId).setParameter("government", government).getSingleResult();
        return Money.ofMinor(minor, government.currency());
    }
}
