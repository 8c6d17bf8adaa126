package org.usrok.fund.it.ledger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.JournalQuery;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.ledger.TrialBalance;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditors' reads of the ledger against the real database: balances as of an effective
 * date, the filtered journal newest first, entry details with the reversing entries, and who may
 * read them. Entries get a reference and dates of their own, so a test finds exactly its entries
 * in a journal other tests (and earlier runs on PostgreSQL) also write to.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerQueriesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(LedgerQueriesIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    /** An effective date in the far future that no other test uses. */
    private static LocalDate unusedDate() {
        return LocalDate.of(2200, 1, 1).plusDays(RANDOM.nextInt(300_000));
    }

    private static PostEntry entry(String reference, LocalDate date, Long reverses, List<JournalLine> lines) {
        return new PostEntry("it-query-" + TestData.suffix(), date, reference, "ledger query test", reverses, lines);
    }

    private static List<JournalLine> krw(String debit, String credit, String amount) {
        Money money = Money.of(amount, CurrencyCode.KRW);
        return List.of(JournalLine.debit(debit, money), JournalLine.credit(credit, money));
    }

    private static Map<String, AccountTotals> byCode(List<AccountTotals> totals) {
        return totals.stream().collect(Collectors.toMap(t -> t.account().code(), Function.identity()));
    }

    @Test
    void balancesAsOfADateCountOnlyEntriesEffectiveOnOrBeforeIt() {
        var officer = actors.newOfficer(CountryCode.KR);
        var auditor = actors.newAuditor();
        LocalDate day = unusedDate();
        Map<String, AccountTotals> dayBefore = byCode(auditor.call(() -> ledger.balancesAsOf(day.minusDays(1))));
        Map<String, AccountTotals> before = byCode(auditor.call(() -> ledger.balancesAsOf(day)));

        officer.call(() -> ledger.post(entry("as-of", day, null, krw("1300-KRW", "2200-KRW", "1234567"))));

        Map<String, AccountTotals> after = byCode(auditor.call(() -> ledger.balancesAsOf(day)));
        assertThat(after.get("1300-KRW").debits().minus(before.get("1300-KRW").debits()))
                .isEqualTo(Money.of("1234567", CurrencyCode.KRW));
        assertThat(after.get("2200-KRW").credits().minus(before.get("2200-KRW").credits()))
                .isEqualTo(Money.of("1234567", CurrencyCode.KRW));
        assertThat(after.get("2200-KRW").balance()).isEqualTo(after.get("2200-KRW").debits()
                .minus(after.get("2200-KRW").credits()));
        assertThat(byCode(auditor.call(() -> ledger.balancesAsOf(day.minusDays(1))))).isEqualTo(dayBefore);
        List<AccountTotals> all = auditor.call(() -> ledger.balancesAsOf(null));
        assertThat(all).extracting(t -> t.account().code()).isSorted()
                .contains("1100-USD", "1110-KRW", "1200-KRW", "1200-USD", "5200-KRW");
        assertThat(TrialBalance.of(all).netsToZero()).isTrue();
        assertThat(TrialBalance.of(auditor.call(() -> ledger.balancesAsOf(day))).netsToZero()).isTrue();
        assertThat(all.stream().filter(t -> t.account().currency() == CurrencyCode.USD))
                .allSatisfy(t -> assertThat(t.balance().amount().scale()).isEqualTo(2));
    }

    @Test
    void theJournalFiltersBySequenceDateAccountReferenceAndEventNewestFirst() {
        var officer = actors.newOfficer(CountryCode.US);
        String reference = "it-query-" + TestData.suffix();
        LocalDate first = unusedDate();
        JournalEntryRecord a = officer.call(() -> ledger.post(entry(reference, first, null,
                krw("1200-KRW", "1110-KRW", "1000"))));
        JournalEntryRecord b = officer.call(() -> ledger.post(entry(reference + " second", first.plusDays(1), null,
                List.of(JournalLine.debit("1300-USD", Money.of("2.50", CurrencyCode.USD)),
                        JournalLine.credit("2200-USD", Money.of("2.50", CurrencyCode.USD))))));
        JournalEntryRecord c = officer.call(() -> ledger.post(entry(reference, first.plusDays(2), a.sequence(),
                a.lines().stream().map(JournalLine::reversed).toList())));
        var reader = actors.newAuditor();
        JournalQuery byReference = new JournalQuery(null, null, null, null, null,
                reference.toUpperCase(Locale.ROOT), null);

        var page = reader.call(() -> ledger.journal(byReference, FIRST_PAGE));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(JournalEntryRecord::sequence)
                .containsExactly(c.sequence(), b.sequence(), a.sequence());
        assertThat(page.items()).containsExactly(c, b, a);

        assertThat(reader.call(() -> ledger.journal(new JournalQuery(a.sequence(), b.sequence(), null, null, null,
                reference, null), FIRST_PAGE)).items()).containsExactly(b, a);
        assertThat(reader.call(() -> ledger.journal(new JournalQuery(null, null, first.plusDays(1), first.plusDays(2),
                null, reference, null), FIRST_PAGE)).items()).containsExactly(c, b);
        assertThat(reader.call(() -> ledger.journal(new JournalQuery(null, null, null, null, "1300-USD", reference,
                null), FIRST_PAGE)).items()).containsExactly(b);
        assertThat(reader.call(() -> ledger.journal(new JournalQuery(null, null, null, null, null, null, c.eventId()),
                FIRST_PAGE)).items()).containsExactly(c);
        assertThat(reader.call(() -> ledger.journal(new JournalQuery(b.sequence(), a.sequence(), null, null, null,
                reference, null), FIRST_PAGE)).total()).isZero();
        String wildcards = reference.replace("it-query-", "it_query%");
        assertThat(reader.call(() -> ledger.journal(new JournalQuery(null, null, null, null, null, wildcards, null),
                FIRST_PAGE)).total()).as("%% and _ are matched literally").isZero();

        assertThat(reader.call(() -> ledger.journal(byReference, new PageRequest(1, 2))).items()).containsExactly(a);
        var details = reader.call(() -> ledger.entryDetails(a.sequence()));
        assertThat(details.entry()).isEqualTo(a);
        assertThat(details.reversedBy()).containsExactly(c.sequence());
        assertThat(reader.call(() -> ledger.entryDetails(c.sequence())).reversedBy()).isEmpty();
    }

    @Test
    void companiesAndAdministratorsDoNotReadTheLedger() {
        var company = actors.newCompanyUser(CountryCode.KR);
        var admin = actors.admin();

        for (var caller : List.of(company, admin)) {
            assertThatThrownBy(() -> caller.call(() -> ledger.journal(JournalQuery.all(), FIRST_PAGE)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> caller.call(() -> ledger.balancesAsOf(null))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> caller.call(() -> ledger.entryDetails(1))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> caller.call(() -> ledger.chart())).isInstanceOf(EJBAccessException.class);
        }
    }
}
