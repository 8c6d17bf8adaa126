package org.usrok.fund.payout;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutAccountRulesTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    static RegisterPayoutAccount us(String routing, String account, String bic) {
        return new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA, "Appalachian Graphite Components Inc.",
                routing, null, account, null, bic);
    }

    static RegisterPayoutAccount kr(String bankCode, String account) {
        return new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.KR_BANK, "한빛배터리소재 주식회사",
                null, bankCode, account, null, null);
    }

    static RegisterPayoutAccount iban(CurrencyCode currency, String iban, String bic) {
        return new RegisterPayoutAccount(currency, AccountScheme.IBAN, "Nordic Anode GmbH", null, null, null, iban, bic);
    }

    private static Map<String, String> violations(RegisterPayoutAccount command) {
        Set<ConstraintViolation<RegisterPayoutAccount>> found = validator.validate(command);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void validAccountsOfEachSchemeHaveNoViolations() {
        assertThat(violations(us("021000021", "000123456789", null))).isEmpty();
        assertThat(violations(us("026009593", "1234", "BOFAUS3N"))).isEmpty();
        assertThat(violations(kr("088", "110-123-456789"))).isEmpty();
        assertThat(violations(iban(CurrencyCode.USD, "DE89 3704 0044 0532 0130 00", "DEUTDEFF500"))).isEmpty();
        assertThat(violations(iban(CurrencyCode.KRW, "GB29NWBK60161331926819", null))).isEmpty();
    }

    @Test
    void usAccountIsNormalisedToDigits() {
        AccountDetails d = PayoutAccountRules.details(us("0210-00021", "0001 2345-6789", "chasus33"));
        assertThat(d.bankIdentifier()).isEqualTo("021000021");
        assertThat(d.accountIdentifier()).isEqualTo("000123456789");
        assertThat(d.bic()).isEqualTo("CHASUS33");
        assertThat(d.bankCountry()).isEqualTo(CountryCode.US);
        assertThat(d.scheme()).isEqualTo(AccountScheme.US_ABA);
    }

    @Test
    void koreanAccountIsNormalisedWithoutHyphens() {
        AccountDetails d = PayoutAccountRules.details(kr(" 004 ", "123-45-6789-012"));
        assertThat(d.bankIdentifier()).isEqualTo("004");
        assertThat(d.accountIdentifier()).isEqualTo("123456789012");
        assertThat(d.bankCountry()).isEqualTo(CountryCode.KR);
    }

    @Test
    void ibanIsStoredInElectronicFormAndItsBicIsTheBankIdentifier() {
        AccountDetails d = PayoutAccountRules.details(iban(CurrencyCode.USD, "de89 3704 0044 0532 0130 00", "deutdeff"));
        assertThat(d.accountIdentifier()).isEqualTo("DE89370400440532013000");
        assertThat(d.bankIdentifier()).isEqualTo("DEUTDEFF");
        assertThat(d.bic()).isEqualTo("DEUTDEFF");
        assertThat(d.bankCountry()).isNull();
    }

    @Test
    void aRoutingNumberWithAWrongCheckDigitNamesTheField() {
        assertThat(violations(us("021000022", "000123456789", null)))
                .containsOnlyKeys("routingNumber")
                .containsEntry("routingNumber", "must be a valid U.S. routing number (9 digits; the check digit does not match)");
        assertThat(violations(us(null, "000123456789", null))).containsOnlyKeys("routingNumber");
    }

    @Test
    void usAccountNumberHasFourToSeventeenDigits() {
        assertThat(violations(us("021000021", "123", null))).containsOnlyKeys("accountNumber");
        assertThat(violations(us("021000021", "123456789012345678", null))).containsOnlyKeys("accountNumber");
        assertThat(violations(us("021000021", "12345678901234567", null))).isEmpty();
        assertThat(violations(us("021000021", "12AB5678", null))).containsOnlyKeys("accountNumber");
        assertThat(violations(us("021000021", " ", null))).containsOnlyKeys("accountNumber");
    }

    @Test
    void koreanBankCodeMustBeAListedBank() {
        assertThat(violations(kr("999", "1234567890"))).containsOnlyKeys("bankCode");
        assertThat(violations(kr(null, "1234567890"))).containsOnlyKeys("bankCode");
        assertThat(violations(kr("4", "1234567890"))).containsOnlyKeys("bankCode");
    }

    @Test
    void koreanAccountNumberHasTenToFourteenDigits() {
        assertThat(violations(kr("020", "123456789"))).containsOnlyKeys("accountNumber");
        assertThat(violations(kr("020", "123456789012345"))).containsOnlyKeys("accountNumber");
        assertThat(violations(kr("020", "1002-123-456789"))).isEmpty();
    }

    @Test
    void ibanCheckDigitsAndCountryFormatAreChecked() {
        assertThat(violations(iban(CurrencyCode.USD, "DE89370400440532013001", null)))
                .containsOnlyKeys("iban")
                .containsEntry("iban", "must be a valid IBAN (country format and check digits)");
        assertThat(violations(iban(CurrencyCode.USD, "DE8937040044053201300", null))).containsOnlyKeys("iban");
        assertThat(violations(iban(CurrencyCode.USD, "US12345678901234", null))).containsOnlyKeys("iban");
        assertThat(violations(iban(CurrencyCode.USD, "", null))).containsOnlyKeys("iban");
    }

    /** iban4j alone takes any Unicode digit; a bank file has ASCII only, so such an IBAN is refused when registered. */
    @Test
    void anIbanWithNonAsciiDigitsIsRefused() {
        assertThat(violations(iban(CurrencyCode.USD, "DE89370400440532013000", null))).isEmpty();
        assertThat(violations(iban(CurrencyCode.USD, "DE89\u0663\u0667\u0660\u0664\u0660\u0660\u0664\u0664\u0660\u0665\u0663\u0662\u0660\u0661\u0663\u0660\u0660\u0660", null)))
                .containsOnlyKeys("iban");
        assertThat(violations(iban(CurrencyCode.USD, "DE8937040044053201300\uFF10", null))).containsOnlyKeys("iban");
    }

    @Test
    void bicMustBeWellFormedAndOfTheAccountsCountry() {
        assertThat(violations(iban(CurrencyCode.USD, "DE89370400440532013000", "DEUT1EFF"))).containsOnlyKeys("bic");
        assertThat(violations(iban(CurrencyCode.USD, "DE89370400440532013000", "DEUTDEF"))).containsOnlyKeys("bic");
        assertThat(violations(iban(CurrencyCode.USD, "DE89370400440532013000", "DEUTDEFF5"))).containsOnlyKeys("bic");
        assertThat(violations(us("021000021", "000123456789", "DEUTDEFF")))
                .containsEntry("bic", "the BIC of a U.S. account must be of a U.S. bank (country US)");
        assertThat(violations(kr("081", "1234567890"))).isEmpty();
    }

    @Test
    void currencyMustSuitTheScheme() {
        var usInKrw = new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.US_ABA, "X", "021000021", null,
                "000123456789", null, null);
        assertThat(violations(usInKrw)).containsOnlyKeys("currency")
                .containsEntry("currency", "a U.S. bank account is paid in USD");
        var krInUsd = new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.KR_BANK, "X", null, "088",
                "1234567890", null, null);
        assertThat(violations(krInUsd)).containsOnlyKeys("currency");
    }

    @Test
    void holderNameIsRequiredAndAtMost140Characters() {
        var noName = new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA, " ", "021000021", null,
                "000123456789", null, null);
        assertThat(violations(noName)).containsOnlyKeys("holderName");
        var longName = new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA, "x".repeat(141), "021000021",
                null, "000123456789", null, null);
        assertThat(violations(longName)).containsOnlyKeys("holderName");
    }

    @Test
    void koreanMessagesAreAvailable() {
        Locale.setDefault(Locale.KOREAN);
        try (ValidatorFactory ko = Validation.buildDefaultValidatorFactory()) {
            var found = ko.getValidator().validate(us("021000022", "000123456789", null));
            assertThat(found).singleElement().extracting(ConstraintViolation::getMessage)
                    .isEqualTo("올바른 미국 라우팅 번호(9자리, 검증 숫자 일치)여야 합니다");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    @Test
    void detailsRefuseAnInvalidCommand() {
        assertThatThrownBy(() -> PayoutAccountRules.details(us("021000022", "000123456789", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountNumbersAreMaskedToTheLastFour() {
        assertThat(AccountText.mask(AccountScheme.US_ABA, "000123456789")).isEqualTo("****6789");
        assertThat(AccountText.mask(AccountScheme.KR_BANK, "123456789012")).isEqualTo("****9012");
        assertThat(AccountText.mask(AccountScheme.IBAN, "DE89370400440532013000")).isEqualTo("DE****3000");
    }

    @Test
    void koreanBanksAreFoundByTheirKftcCode() {
        assertThat(KoreanBank.byCode("088")).contains(KoreanBank.SHINHAN);
        assertThat(KoreanBank.byCode("092")).get().extracting(KoreanBank::nameKo).isEqualTo("토스뱅크");
        assertThat(KoreanBank.byCode("088 ")).contains(KoreanBank.SHINHAN);
        assertThat(KoreanBank.byCode("099")).isEmpty();
        assertThat(KoreanBank.byCode(null)).isEmpty();
        assertThat(KoreanBank.values()).extracting(KoreanBank::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{3}"));
    }
}
