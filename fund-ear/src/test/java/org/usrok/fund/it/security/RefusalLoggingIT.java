package org.usrok.fund.it.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.TestData;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected refusals cost the server's log one line each, never a stack trace: a company user's
 * call that a service's roles refuse (403), and 100 concurrent identical creations with one
 * Idempotency-Key, of which 99 lose the race on the key's unique index and get the winner's
 * answer. The test reads what the server's {@code server.log} gained meanwhile (the log of the
 * server this build provisioned, {@code jboss.home}; the tests run one at a time against it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalLoggingIT {

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at \\S+\\(.*\\)$|^Caused by: ");
    private static final int RACERS = 100;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    }

    private static List<String> linesAfter(long offset) throws IOException {
        byte[] log = Files.readAllBytes(serverLog());
        return new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank())
                // the review-SLA check logs one line at every tick, whatever else happens
                .filter(line -> !line.contains("Review SLA check ")).toList();
    }

    @Test
    void aRoleRefusalIsOneWarningLineWithoutAStackTrace() throws IOException {
        long id = FundScenario.registeredCompany("US").id();
        ApiClient otherCompany = ApiClient.newUser("log-company", "COMPANY", "US");
        long before = Files.size(serverLog());

        Reply refused = otherCompany.post("companies/" + id + "/verification", Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
        List<String> added = linesAfter(before);
        assertThat(added).as("lines the refusal added to server.log").hasSize(1);
        assertThat(added.get(0)).contains(" WARNING ").contains("Refused 403 forbidden: POST /fund/api/companies/" + id
                + "/verification by " + otherCompany.username()).doesNotContain("Exception");
    }

    @Test
    void oneHundredConcurrentIdenticalCreationsMakeOneCompanyAndLogNoStackTrace()
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        ApiClient user = ApiClient.newUser("log-racer", "COMPANY", "KR")
                .header("Idempotency-Key", "race-" + UUID.randomUUID());
        RegisterCompany command = TestData.krCompany();
        long before = Files.size(serverLog());

        List<Reply> replies = race(() -> user.post("companies", command));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(replies).extracting(Reply::id).containsOnly(replies.get(0).id());
        assertThat(replies).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        Reply listed = ApiClient.demoAdmin().get("companies?name="
                + URLEncoder.encode(command.legalName(), StandardCharsets.UTF_8));
        assertThat(listed.json().getJsonNumber("total").longValue()).isEqualTo(1);
        List<String> added = linesAfter(before);
        assertThat(added).filteredOn(line -> STACK_FRAME.matcher(line).find()).as("stack traces").isEmpty();
        assertThat(added).filteredOn(line -> line.contains(" ERROR ")).as("errors").isEmpty();
        assertThat(added).as("lines the race added to server.log (99 losers)").hasSizeLessThan(5);
    }

    private interface Call {
        Reply send();
    }

    private static List<Reply> race(Call call) throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.send();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(180, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
