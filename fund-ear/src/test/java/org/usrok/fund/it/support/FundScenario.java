package org.usrok.fund.it.support;

import jakarta.json.JsonObject;
import org.usrok.fund.it.support.ApiClient.Reply;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of issue 3 over HTTP, for API tests that need a round, a verified company or an
 * approved application as their starting point. Every step creates its own accounts and data
 * (fresh names), so tests never depend on each other or on the demo data.
 */
public final class FundScenario {

    public static final String PROBLEM = "application/problem+json";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset SEOUL = ZoneOffset.ofHours(9);

    private FundScenario() {
    }

    public static ApiClient officer(String country) {
        return ApiClient.newUser("api-officer-" + country.toLowerCase(Locale.ROOT), "OFFICER_" + country, country);
    }

    public static ApiClient companyUser(String country) {
        return ApiClient.newUser("api-company", "COMPANY", country);
    }

    /** A step's own check: the reply has the status, or the step fails showing the reply. */
    public static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply);
        }
        return reply;
    }

    /** A fresh critical material added by the demo administrator, so a round can name it whatever the reference data holds. */
    public static String newMaterial() {
        String code = "IT_" + TestData.suffix().toUpperCase(Locale.ROOT);
        expect(ApiClient.demoAdmin().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("reference/materials", Map.of("code", code, "nameEn", "Test material " + code,
                        "nameKo", "시험 광물 " + code, "hsCodes", "2504.10")), 201);
        return code;
    }

    /**
     * A round whose application and claim windows are open now (times written with Seoul's
     * offset), covering the price differential and supplier qualification, half of a price
     * difference eligible.
     */
    public static Map<String, Object> roundBody(String material) {
        OffsetDateTime opens = OffsetDateTime.now(SEOUL).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameEn", "Battery materials round " + TestData.suffix());
        body.put("nameKo", "이차전지 소재 공모 " + TestData.suffix());
        body.put("applicationOpensAt", ISO.format(opens));
        body.put("applicationClosesAt", ISO.format(opens.plusDays(30)));
        body.put("claimOpensAt", ISO.format(opens));
        body.put("claimClosesAt", ISO.format(opens.plusDays(90)));
        body.put("displayZone", "Asia/Seoul");
        body.put("eligibleSharePercent", "50");
        body.put("usContribution", "50000000.00");
        body.put("usPledgedOn", "2026-11-20");
        body.put("krContribution", "65000000000");
        body.put("krPledgedOn", "2026-11-21");
        body.put("materials", List.of(material));
        body.put("costCategories", List.of("PRICE_DIFFERENTIAL", "SUPPLIER_QUALIFICATION"));
        return body;
    }

    /** A round drafted by one U.S. officer and opened by the sign-offs of another U.S. officer and a Korean one. */
    public record OpenRound(long id, String material, ApiClient drafter) {
    }

    public static OpenRound openRound() {
        String material = newMaterial();
        ApiClient drafter = officer("US");
        long id = expect(drafter.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("rounds", roundBody(material)), 201).id();
        expect(officer("US").post("rounds/" + id + "/sign-off", Map.of()), 200);
        JsonObject opened = expect(officer("KR").post("rounds/" + id + "/sign-off", Map.of()), 200).json();
        if (!"OPEN".equals(opened.getString("status"))) {
            throw new IllegalStateException("Round " + id + " did not open: " + opened);
        }
        return new OpenRound(id, material, drafter);
    }

    /** A company user and their registered company, verified by an officer of its country unless asked otherwise. */
    public record Company(ApiClient user, long id, String legalName) {
    }

    public static Company registeredCompany(String country) {
        ApiClient user = companyUser(country);
        var command = "US".equals(country) ? TestData.usCompany() : TestData.krCompany();
        long id = expect(user.post("companies", command), 201).id();
        return new Company(user, id, command.legalName());
    }

    public static Company verifiedCompany(String country) {
        Company company = registeredCompany(country);
        expect(officer(country).post("companies/" + company.id() + "/verification", Map.of()), 200);
        return company;
    }

    /** A plan moving the material from a Chinese supplier to an Australian one. */
    public static Map<String, Object> planBody(String material) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("summary", "Qualify an Australian refiner and shift 60% of volume away from a single source.");
        plan.put("startsOn", "2027-01-01");
        plan.put("endsOn", "2027-12-31");
        plan.put("materials", List.of(material));
        plan.put("currentSources", List.of(Map.of("country", "CN", "supplier", "Single-source Refinery Ltd.",
                "sharePercent", "100")));
        plan.put("targetSources", List.of(
                Map.of("country", "CN", "supplier", "Single-source Refinery Ltd.", "sharePercent", "40"),
                Map.of("country", "AU", "supplier", "Kwinana Graphite Pty Ltd", "sharePercent", "60")));
        return plan;
    }

    public static long apply(Company company, OpenRound round) {
        return expect(company.user().post("applications", Map.of("roundId", round.id(),
                "plan", planBody(round.material()))), 201).id();
    }

    /** An application submitted by the company and approved by an officer of its country, who is returned. */
    public record ApprovedApplication(long id, ApiClient officer) {
    }

    public static ApprovedApplication approvedApplication(Company company, OpenRound round, String country) {
        long id = apply(company, round);
        expect(company.user().post("applications/" + id + "/submission", Map.of()), 200);
        ApiClient officer = officer(country);
        expect(officer.post("applications/" + id + "/review", Map.of()), 200);
        expect(officer.post("applications/" + id + "/decision", Map.of("decision", "APPROVE")), 200);
        return new ApprovedApplication(id, officer);
    }

    /**
     * A claim with a price-differential line (old 100.00, new 130.00, 1,000 units: 15,000.00 at a
     * 50% share) and a supplier-qualification line of 25,000.00.
     */
    public static Map<String, Object> claimBody(long applicationId) {
        Map<String, Object> differential = new LinkedHashMap<>();
        differential.put("category", "PRICE_DIFFERENTIAL");
        differential.put("description", "Graphite anode material bought from the Australian refiner");
        differential.put("periodStartsOn", "2027-01-01");
        differential.put("periodEndsOn", "2027-03-31");
        differential.put("oldUnitPrice", "100.00");
        differential.put("newUnitPrice", "130.00");
        differential.put("quantity", "1000");
        Map<String, Object> audits = new LinkedHashMap<>();
        audits.put("category", "SUPPLIER_QUALIFICATION");
        audits.put("description", "Two qualification audits of the new refiner");
        audits.put("periodStartsOn", "2027-01-01");
        audits.put("periodEndsOn", "2027-03-31");
        audits.put("amount", "25000.00");
        return Map.of("applicationId", applicationId, "title", "Q1 2027 diversification costs " + TestData.suffix(),
                "lines", List.of(differential, audits));
    }

    /** A submitted claim of the company under its approved application. */
    public static long submittedClaim(Company company, long applicationId) {
        long id = expect(company.user().post("claims", claimBody(applicationId)), 201).id();
        expect(company.user().post("claims/" + id + "/submission", Map.of()), 200);
        return id;
    }

    /** A tiny but well-formed PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows executable: what a renamed .exe really is. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }
}
