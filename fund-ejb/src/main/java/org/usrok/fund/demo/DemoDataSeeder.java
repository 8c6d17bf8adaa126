package org.usrok.fund.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.Company;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccount;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;

import java.util.Set;
import java.util.logging.Logger;

/**
 * Seeds the demo data once, on the first start of an empty database in demo mode. Accounts are
 * created through {@link UserAccountService} like an administrator would; sample companies are
 * registered and, for some, verified through the aggregate's own methods, with audit records.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    /** The password of every demo account; listed in the README. */
    public static final String DEMO_PASSWORD = "fund-demo-2026";
    static final String SEEDER = "demo-seed";

    @Inject
    @ConfigProperty(name = "fund.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    UserAccountService users;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoScenario scenario;

    @PostConstruct
    void seed() {
        if (!demoMode || users.anyAccountExists()) {
            return;
        }
        account("admin", "Fund Administrator", null, Role.ADMIN);
        account("auditor", "Audit Office (감사관)", null, Role.AUDITOR);
        account("us.officer1", "Jordan Lee (U.S. Department of Commerce)", CountryCode.US, Role.OFFICER_US);
        account("us.officer2", "Morgan Diaz (U.S. Department of Commerce)", CountryCode.US, Role.OFFICER_US);
        account("kr.officer1", "김민준 (산업통상자원부)", CountryCode.KR, Role.OFFICER_KR);
        account("kr.officer2", "이서연 (기획재정부)", CountryCode.KR, Role.OFFICER_KR);
        account("us.company", "Avery Brooks", CountryCode.US, Role.COMPANY);
        account("kr.company", "박지호", CountryCode.KR, Role.COMPANY);
        account("us.pending", "Casey Nguyen", CountryCode.US, Role.COMPANY);
        account("kr.pending", "최유진", CountryCode.KR, Role.COMPANY);
        account("us.cathode", "Taylor Morgan", CountryCode.US, Role.COMPANY);
        account("kr.anode", "윤도현", CountryCode.KR, Role.COMPANY);
        account("us.newco", "Riley Carter", CountryCode.US, Role.COMPANY);
        account("kr.newco", "정하은", CountryCode.KR, Role.COMPANY);

        company("us.company", "us.officer1", new RegisterCompany("Appalachian Graphite Components Inc.", CountryCode.US,
                "54-1234567", "JF3KLM9NPQ27", null, "1200 Industrial Parkway", "Charleston", "WV", "25301",
                IndustrySector.BATTERIES, "Avery Brooks", "avery.brooks@example.com"));
        company("kr.company", "kr.officer1", new RegisterCompany("한빛배터리소재 주식회사 (Hanbit Battery Materials Co., Ltd.)",
                CountryCode.KR, null, null, "124-81-00998", "테헤란로 152", "서울특별시 강남구", null, "06236",
                IndustrySector.BATTERIES, "박지호", "jiho.park@example.kr"));
        company("us.cathode", "us.officer2", new RegisterCompany("Ohio Valley Cathode Materials LLC", CountryCode.US,
                "31-2468135", null, null, "800 River Road", "Marietta", "OH", "45750",
                IndustrySector.BATTERIES, "Taylor Morgan", "taylor.morgan@example.com"));
        company("kr.anode", "kr.officer2", new RegisterCompany("새한음극재 주식회사 (Saehan Anode Materials Co., Ltd.)",
                CountryCode.KR, null, null, "130-81-62043", "산단로 21", "경상북도 포항시 남구", null, "37871",
                IndustrySector.BATTERIES, "윤도현", "dohyun.yoon@example.kr"));
        company("us.pending", null, new RegisterCompany("Great Lakes Magnet Works LLC", CountryCode.US,
                "38-7654321", null, null, "45 Harbor Drive", "Muskegon", "MI", "49440",
                IndustrySector.AUTOMOTIVE, "Casey Nguyen", "casey.nguyen@example.com"));
        company("kr.pending", null, new RegisterCompany("동해희토류정제 주식회사 (Donghae Rare Earth Refining Co.)",
                CountryCode.KR, null, null, "220-81-62517", "해안로 77", "강원특별자치도 동해시", null, "25756",
                IndustrySector.MINING_AND_PROCESSING, "최유진", "yujin.choi@example.kr"));
        scenario.play();
        LOG.info("Demo data seeded: 14 accounts (password '" + DEMO_PASSWORD + "'), 6 companies, an open round "
                + "with an approved and a submitted application and a claim waiting for review, and a round whose "
                + "claims are closed, ready for allocation, whose companies have verified payout accounts (one change "
                + "of account waits for verification)");
    }

    private void account(String username, String name, CountryCode country, Role role) {
        users.create(new CreateUserAccount(username, DEMO_PASSWORD, name, username + "@demo.fund.example",
                country, Set.of(role)));
    }

    private void company(String username, String verifyingOfficer, RegisterCompany command) {
        Company company = Company.register(command, username);
        em.persist(company);
        em.flush();
        em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getSingleResult()
                .representCompany(company.getId(), company.getCountry());
        audit.recordAs(SEEDER, "COMPANY_REGISTERED", "Company", company.getId(), null, snapshot(company));
        if (verifyingOfficer != null) {
            var before = snapshot(company);
            company.verify(verifyingOfficer);
            em.flush();
            audit.recordAs(SEEDER, "COMPANY_VERIFIED", "Company", company.getId(), before, snapshot(company));
        }
    }

    private static CompanyDetails snapshot(Company company) {
        return CompanyDetails.of(company);
    }
}
