package org.usrok.fund.web.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialHandlingTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBasicCredentialsIncludingColonsInThePassword() {
        assertThat(FundAuthenticationMechanism.basicCredentials(basic("kr.officer1:pa:ss 비밀")))
                .hasValueSatisfying(c -> assertThat(c).containsExactly("kr.officer1", "pa:ss 비밀"));
        assertThat(FundAuthenticationMechanism.basicCredentials("basic " + Base64.getEncoder()
                .encodeToString("a:b".getBytes(StandardCharsets.UTF_8)))).isPresent();
    }

    @Test
    void ignoresMalformedHeaders() {
        assertThat(FundAuthenticationMechanism.basicCredentials(null)).isEmpty();
        assertThat(FundAuthenticationMechanism.basicCredentials("Bearer abc")).isEmpty();
        assertThat(FundAuthenticationMechanism.basicCredentials("Basic %%%")).isEmpty();
        assertThat(FundAuthenticationMechanism.basicCredentials(basic("no-colon"))).isEmpty();
        assertThat(FundAuthenticationMechanism.basicCredentials(basic(":password"))).isEmpty();
    }

    @Test
    void cacheAnswersOnlyForTheSamePassword() {
        var cache = new VerifiedCredentialCache();
        var verified = new VerifiedCredentialCache.Verified("us.officer1", Set.of("OFFICER_US"));
        cache.remember("us.officer1", "right-password", verified, 7);

        assertThat(cache.lookup("us.officer1", "right-password", 7L)).contains(verified);
        assertThat(cache.lookup("us.officer1", "wrong-password", 7L)).isEmpty();
        assertThat(cache.lookup("us.officer2", "right-password", 7L)).isEmpty();
    }

    @Test
    void cacheForgetsAPairOnceTheAccountChangedWhereverItChanged() {
        var cache = new VerifiedCredentialCache();
        var verified = new VerifiedCredentialCache.Verified("kr.officer1", Set.of("OFFICER_KR"));
        cache.remember("kr.officer1", "right-password", verified, 3);

        assertThat(cache.lookup("kr.officer1", "right-password", 4L)).as("account changed since").isEmpty();
        assertThat(cache.lookup("kr.officer1", "right-password", 3L)).as("entry dropped, not kept for later").isEmpty();

        cache.remember("kr.officer1", "right-password", verified, 3);
        assertThat(cache.lookup("kr.officer1", "right-password", null)).as("account disabled").isEmpty();
        assertThat(cache.lookup("kr.officer1", "right-password", 3L)).isEmpty();
    }
}
