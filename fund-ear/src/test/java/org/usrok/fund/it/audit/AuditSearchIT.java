package org.usrok.fund.it.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditors' search of the audit trail, in the server against the real database: each filter
 * and their combination, newest first, stable pages, the half-open time range, and who may read
 * it. Every test creates its own users and changes, so it finds exactly its own records whatever
 * else the trail holds.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSearchIT {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AuditSearchIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    CompanyService companies;

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    private Actors actors;
    private Actors.Actor auditor;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        auditor = actors.identity("it-auditor-" + TestData.suffix(), Role.AUDITOR);
    }

    private Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        return auditor.call(() -> audit.search(query, page));
    }

    private static AuditQuery byActor(String actor) {
        return new AuditQuery(actor, null, null, null, null, null);
    }

    /** A fresh officer posts {@code count} entries; returns them in posting order. */
    private List<JournalEntryRecord> postedByFreshOfficer(Actors.Actor officer, int count) {
        List<JournalEntryRecord> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posted.add(officer.call(() -> ledger.post(TestData.usdReceipt("it-audit-" + TestData.suffix(), "1.00"))));
        }
        return posted;
    }

    @Test
    void eachFilterAndTheirCombinationFindExactlyTheMatchingRecordsNewestFirst() {
        var companyUser = actors.newCompanyUser(CountryCode.KR);
        CompanyDetails registered = companyUser.call(() -> companies.register(TestData.krCompany()));
        var officer = actors.newOfficer(CountryCode.KR);
        officer.call(() -> companies.verify(new VerifyCompany(registered.id(), registered.version())));
        String companyId = String.valueOf(registered.id());

        Page<AuditEntry> byUser = search(byActor(companyUser.username()), FIRST_PAGE);
        assertThat(byUser.total()).isEqualTo(1);
        assertThat(byUser.items()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("COMPANY_REGISTERED");
            assertThat(e.entityType()).isEqualTo("Company");
            assertThat(e.entityId()).isEqualTo(companyId);
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("\"status\":\"PENDING\"");
        });

        Page<AuditEntry> history = search(new AuditQuery(null, "Company", companyId, null, null, null), FIRST_PAGE);
        assertThat(history.items()).extracting(AuditEntry::action).containsExactly("COMPANY_VERIFIED", "COMPANY_REGISTERED");
        assertThat(history.items()).extracting(AuditEntry::actor).containsExactly(officer.username(), companyUser.username());

        Page<AuditEntry> verifiedByOfficer = search(new AuditQuery(officer.username(), "Company", null,
                "COMPANY_VERIFIED", null, null), FIRST_PAGE);
        assertThat(verifiedByOfficer.items()).extracting(AuditEntry::entityId).containsExactly(companyId);
        assertThat(verifiedByOfficer.items().get(0).before()).contains("\"status\":\"PENDING\"");

        assertThat(search(new AuditQuery(officer.username(), null, null, "COMPANY_REGISTERED", null, null), FIRST_PAGE)
                .total()).isZero();
        assertThat(search(new AuditQuery(null, "UserAccount", companyId + "-no-such-id", null, null, null), FIRST_PAGE)
                .items()).isEmpty();
    }

    @Test
    void pagesAreNewestFirstWithoutGapsOrRepeatsAndCountTheWholeMatch() {
        var officer = actors.newOfficer(CountryCode.US);
        List<JournalEntryRecord> posted = postedByFreshOfficer(officer, 5);
        AuditQuery query = new AuditQuery(officer.username(), "JournalEntry", null, "JOURNAL_ENTRY_POSTED", null, null);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<AuditEntry> result = search(query, new PageRequest(page, 2));
            assertThat(result.total()).isEqualTo(5);
            assertThat(result.items()).hasSize(page < 2 ? 2 : 1);
            result.items().forEach(e -> seen.add(e.entityId()));
        }

        assertThat(seen).containsExactlyElementsOf(posted.stream()
                .sorted(Comparator.comparingLong(JournalEntryRecord::sequence).reversed())
                .map(e -> String.valueOf(e.sequence())).toList());
        assertThat(search(query, new PageRequest(3, 2)).items()).isEmpty();
    }

    @Test
    void theTimeRangeIncludesItsStartAndExcludesItsEnd() {
        var officer = actors.newOfficer(CountryCode.KR);
        postedByFreshOfficer(officer, 4);
        List<AuditEntry> all = search(byActor(officer.username()), FIRST_PAGE).items();
        assertThat(all).hasSize(4);
        Instant from = all.get(2).occurredAt();
        Instant to = all.get(0).occurredAt();
        assertThat(from).isBefore(to);

        List<AuditEntry> ranged = search(new AuditQuery(officer.username(), null, null, null, from, to), FIRST_PAGE)
                .items();

        assertThat(ranged).containsExactlyElementsOf(all.stream()
                .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).toList());
        assertThat(ranged).contains(all.get(2)).doesNotContain(all.get(0), all.get(3));
        assertThat(search(new AuditQuery(officer.username(), null, null, null, to, null), FIRST_PAGE).items())
                .containsExactly(all.get(0));
        assertThat(search(new AuditQuery(officer.username(), null, null, null, null, from), FIRST_PAGE).items())
                .containsExactly(all.get(3));
    }

    @Test
    void auditorsOfficersAndAdministratorsSearchCompaniesDoNot() {
        AuditQuery anything = AuditQuery.all();
        PageRequest one = new PageRequest(0, 1);

        assertThat(auditor.call(() -> audit.search(anything, one)).total()).isPositive();
        assertThat(actors.admin().call(() -> audit.search(anything, one)).items()).hasSize(1);
        assertThat(actors.identity("it-officer-" + TestData.suffix(), Role.OFFICER_KR)
                .call(() -> audit.search(anything, one)).items()).hasSize(1);
        var company = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> company.call(() -> audit.search(anything, one))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> company.call(() -> audit.filterValues())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theChoicesListTheActionsAndEntityTypesThatOccurSorted() {
        var officer = actors.newOfficer(CountryCode.US);
        postedByFreshOfficer(officer, 1);

        var choices = auditor.call(() -> audit.filterValues());

        assertThat(choices.actions()).contains("USER_CREATED", "JOURNAL_ENTRY_POSTED").isSorted().doesNotHaveDuplicates();
        assertThat(choices.entityTypes()).contains("UserAccount", "JournalEntry").isSorted().doesNotHaveDuplicates();
    }
}
