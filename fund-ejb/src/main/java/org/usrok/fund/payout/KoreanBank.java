package org.usrok.fund.payout;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Korean banks a payout account may be held at, by their three-digit bank code of the Korea
 * Financial Telecommunications and Clearings Institute (KFTC), with their names in English and
 * Korean. The list is the major commercial, specialised and internet-only banks; an account at a
 * bank not listed is refused until the list is extended. Kept in code, not in a table, because the
 * codes are fixed by the KFTC and change very rarely.
 */
public enum KoreanBank {
    KDB("002", "Korea Development Bank", "산업은행"),
    IBK("003", "Industrial Bank of Korea", "기업은행"),
    KB_KOOKMIN("004", "KB Kookmin Bank", "KB국민은행"),
    NH("011", "NongHyup Bank", "NH농협은행"),
    WOORI("020", "Woori Bank", "우리은행"),
    SC_FIRST("023", "SC First Bank", "SC제일은행"),
    CITI_KOREA("027", "Citibank Korea", "한국씨티은행"),
    IM_DAEGU("031", "iM Bank (Daegu)", "iM뱅크(대구)"),
    BUSAN("032", "BNK Busan Bank", "부산은행"),
    HANA("081", "Hana Bank", "하나은행"),
    SHINHAN("088", "Shinhan Bank", "신한은행"),
    K_BANK("089", "K bank", "케이뱅크"),
    KAKAO("090", "KakaoBank", "카카오뱅크"),
    TOSS("092", "Toss Bank", "토스뱅크");

    private final String code;
    private final String nameEn;
    private final String nameKo;

    KoreanBank(String code, String nameEn, String nameKo) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameKo = nameKo;
    }

    /** The bank with this KFTC code (surrounding spaces ignored), if it is on the list. */
    public static Optional<KoreanBank> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(b -> b.code.equals(wanted)).findFirst();
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKo() {
        return nameKo;
    }
}
