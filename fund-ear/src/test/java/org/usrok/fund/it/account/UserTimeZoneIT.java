package org.usrok.fund.it.account;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UnknownTimeZoneException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.security.UserAccountSummary;
import org.usrok.fund.security.UserQuery;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user's time zone: their country's by default (Korea: Seoul, U.S.: New York, none: UTC), chosen
 * by themselves on their profile or by the administrator who creates the account; a zone the
 * server does not know is refused naming the field and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class UserTimeZoneIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(UserTimeZoneIT.class);
    }

    @Inject
    UserAccountService users;

    @Inject
    AuditTrail audit;

    /** In the server only: the last test runs as a client, where there is no security domain. */
    private Actors actors() {
        return new Actors(users);
    }

    @Test
    void theCountryDecidesUntilTheUserChooses() {
        var korean = actors().newCompanyUser(CountryCode.KR);
        var usOfficer = actors().newOfficer(CountryCode.US);
        var krOfficer = actors().newOfficer(CountryCode.KR);
        var auditor = actors().newAuditor();

        assertThat(korean.call(users::ownTimeZone)).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(krOfficer.call(users::ownTimeZone)).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(usOfficer.call(users::ownTimeZone)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(auditor.call(users::ownTimeZone)).isEqualTo(ZoneOffset.UTC);
        assertThat(korean.call(users::own).timeZoneChosen()).isFalse();
    }

    @Test
    void aUserChoosesTheirZoneAndCanReturnToTheirCountrys() {
        var officer = actors().newOfficer(CountryCode.US);

        UserAccountSummary chosen = officer.call(() -> users.changeOwnTimeZone("America/Los_Angeles"));

        assertThat(chosen.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(chosen.timeZoneChosen()).isTrue();
        assertThat(officer.call(users::ownTimeZone)).isEqualTo(ZoneId.of("America/Los_Angeles"));
        var changes = actors().newAuditor().call(() -> audit.search(new AuditQuery(officer.username(), "UserAccount",
                String.valueOf(chosen.id()), "USER_TIME_ZONE_CHANGED", null, null, null), new PageRequest(0, 10)));
        assertThat(changes.total()).isEqualTo(1);

        assertThat(officer.call(() -> users.changeOwnTimeZone(" ")).timeZone()).isEqualTo("America/New_York");
        assertThat(officer.call(users::own).timeZoneChosen()).isFalse();
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheFieldAndChangesNothing() {
        var company = actors().newCompanyUser(CountryCode.KR);
        company.call(() -> users.changeOwnTimeZone("Asia/Tokyo"));

        for (String bad : new String[] {"Mars/Olympus", "asia/seoul", "+09:00", "KST", "America/New_York; drop table",
                "z".repeat(500)}) {
            assertThatThrownBy(() -> company.call(() -> users.changeOwnTimeZone(bad)))
                    .isInstanceOfSatisfying(UnknownTimeZoneException.class,
                            e -> assertThat(e.field()).isEqualTo("timeZone"));
        }
        assertThat(company.call(users::ownTimeZone)).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void theAdministratorMaySetTheZoneOfANewAccountButNotAnUnknownOne() {
        String username = "zoned." + TestData.suffix();
        UserAccountSummary created = actors().admin().call(() -> users.create(new CreateUserAccount(username,
                Actors.PASSWORD, "Zoned", username + "@example.test", CountryCode.KR, Set.of(Role.COMPANY),
                "Pacific/Honolulu")));
        assertThat(created.timeZone()).isEqualTo("Pacific/Honolulu");

        String refused = "unzoned." + TestData.suffix();
        assertThatThrownBy(() -> actors().admin().call(() -> users.create(new CreateUserAccount(refused,
                Actors.PASSWORD, "Unzoned", refused + "@example.test", CountryCode.US, Set.of(Role.COMPANY),
                "Eastern Time"))))
                .isInstanceOfSatisfying(UnknownTimeZoneException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThat(actors().admin().call(() -> users.listAll(UserQuery.all()))).extracting(UserAccountSummary::username).doesNotContain(refused);
    }

    @Test
    @RunAsClient
    void theApiShowsTheZoneAndRefusesAnUnknownOneAsA422() {
        ApiClient korean = ApiClient.newUser("zone-api", "OFFICER_KR", "KR");
        JsonObject me = korean.get("me").json();
        assertThat(me.getString("timeZone")).isEqualTo("Asia/Seoul");
        assertThat(me.getString("timeZoneName")).isEqualTo("Korean Time");

        String username = "zone-api." + TestData.suffix();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "http-test-password");
        body.put("displayName", "Zoned " + username);
        body.put("email", username + "@example.test");
        body.put("country", "US");
        body.put("roles", Set.of("COMPANY"));
        body.put("timeZone", "Nowhere/Special");
        Reply refused = ApiClient.demoAdmin().post("users", body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("unknown-time-zone");
        assertThat(refused.body()).contains("timeZone");

        body.put("timeZone", "America/Chicago");
        Reply created = ApiClient.demoAdmin().post("users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("timeZone")).isEqualTo("America/Chicago");
        assertThat(ApiClient.as(username, "http-test-password").get("me").json().getString("timeZone"))
                .isEqualTo("America/Chicago");
    }
}
