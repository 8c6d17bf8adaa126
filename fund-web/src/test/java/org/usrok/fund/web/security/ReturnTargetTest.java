package org.usrok.fund.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a page of this application is ever a place to return to after sign-in. */
class ReturnTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/officer/claims.xhtml", "/officer/claim.xhtml?id=42", "/auditor/entry.xhtml?sequence=7",
            "/index.xhtml", "/"})
    void aPathOfTheApplicationIsKept(String next) {
        assertThat(ReturnTarget.sanitize(next)).contains(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "https://evil.example/officer/claims.xhtml", "//evil.example/x",
            "/\\evil.example", "\\\\evil.example", "evil.example/x", "javascript:alert(1)", "/officer/../../evil",
            "/./officer/claims.xhtml", "/officer/claims.xhtml#x", "/x\r\nLocation: https://evil.example",
            "/ x", "/login.xhtml", "/api/rounds", "", "http:/evil.example"})
    void anythingElseIsRefused(String next) {
        assertThat(ReturnTarget.sanitize(next)).isEmpty();
    }

    @Test
    void theStartPageIsNoParticularPage() {
        assertThat(ReturnTarget.isStartPage("/")).isTrue();
        assertThat(ReturnTarget.isStartPage("/index.xhtml")).isTrue();
        assertThat(ReturnTarget.isStartPage("/index.xhtml?lang=ko")).isTrue();
        assertThat(ReturnTarget.isStartPage("/officer/claims.xhtml")).isFalse();
    }

    @Test
    void nullAndOverlongAreRefused() {
        assertThat(ReturnTarget.sanitize(null)).isEmpty();
        assertThat(ReturnTarget.sanitize("/" + "a".repeat(3000))).isEmpty();
    }
}
