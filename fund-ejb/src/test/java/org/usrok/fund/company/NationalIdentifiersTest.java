package org.usrok.fund.company;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NationalIdentifiersTest {

    @Nested
    class Ein {

        @ParameterizedTest
        @CsvSource({"12-3456789, 12-3456789", "123456789, 12-3456789", "' 54-1234567 ', 54-1234567", "98 7654321, 98-7654321"})
        void acceptsValidNumbersInCanonicalForm(String input, String canonical) {
            assertThat(EmployerIdentificationNumber.parse(input)).contains(canonical);
            assertThat(EmployerIdentificationNumber.of(input).uniquenessKey()).isEqualTo(canonical.replace("-", ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00-1234567", "07-1234567", "89-1234567", "97-1234567", "1-23456789", "12-345678",
                "12-34567890", "AB-1234567", "12--3456789", "12_3456789"})
        void refusesMalformedNumbersAndUnassignedPrefixes(String input) {
            assertThat(EmployerIdentificationNumber.isValid(input)).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> EmployerIdentificationNumber.of(input));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void refusesNothing(String input) {
            assertThat(EmployerIdentificationNumber.isValid(input)).isFalse();
        }
    }

    @Nested
    class Uei {

        @ParameterizedTest
        @CsvSource({"JF3KLM9NPQ27, JF3KLM9NPQ27", "jf3klm9npq27, JF3KLM9NPQ27", "JF3K-LM9N-PQ27, JF3KLM9NPQ27"})
        void acceptsTwelveLettersAndDigitsCaseInsensitively(String input, String canonical) {
            assertThat(UniqueEntityId.parse(input)).contains(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0F3KLM9NPQ27", "JF3KLM9NPQ2", "JF3KLM9NPQ277", "JF3KLM9NPQ2O", "JF3KLM9NPQ2I",
                "JF3KLM9NPQ2#"})
        void refusesWrongLengthLeadingZeroAndTheLettersIAndO(String input) {
            assertThat(UniqueEntityId.isValid(input)).isFalse();
        }
    }

    @Nested
    class Brn {

        @ParameterizedTest
        @CsvSource({"124-81-00998, 124-81-00998", "1248100998, 124-81-00998", "220-81-62517, 220-81-62517",
                "'124 81 00998', 124-81-00998"})
        void acceptsNumbersWithACorrectCheckDigit(String input, String canonical) {
            assertThat(BusinessRegistrationNumber.parse(input)).contains(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"124-81-00997", "124-81-00999", "220-81-62518", "124-81-0099", "12-481-00998",
                "124-81-009981", "ABC-81-00998"})
        void refusesWrongCheckDigitsAndFormats(String input) {
            assertThat(BusinessRegistrationNumber.isValid(input)).isFalse();
        }

        /** Weights 1, 3 and 7 are invertible mod 10 and the ninth digit's term is a bijection, so no typo passes. */
        @Test
        void everySingleDigitTypoIsCaught() {
            String valid = "1248100998";
            assertThat(BusinessRegistrationNumber.isValid(valid)).isTrue();
            for (int position = 0; position < valid.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != valid.charAt(position)) {
                        String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                        assertThat(BusinessRegistrationNumber.isValid(typo)).as("typo %s", typo).isFalse();
                    }
                }
            }
        }
    }
}
