package org.usrok.fund.web.attachment;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Download names: always an attachment, an ASCII fallback that cannot break the header, the exact name in filename*. */
class ContentDispositionTest {

    @Test
    void aKoreanNameTravelsExactlyAsUtf8WithAnAsciiFallback() {
        String header = ContentDisposition.attachment("공급계약서 2026.pdf");

        assertThat(header).startsWith("attachment; filename=\"_____ 2026.pdf\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("공급계약서 2026.pdf");
    }

    @Test
    void nothingInANameCanEndTheQuotedStringOrAddAParameter() {
        String header = ContentDisposition.attachment("a\"b\\c%22; filename=evil.exe");

        assertThat(header).startsWith("attachment; filename=\"a_b_c_22; filename=evil.exe\"; filename*=UTF-8''")
                .endsWith("a%22b%5Cc%2522%3B%20filename%3Devil.exe");
        assertThat(ContentDisposition.attachment(" ")).startsWith("attachment; filename=\"attachment\"");
    }
}
