package org.usrok.fund.round;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an officer writes when drafting (or revising) a round. Window times carry their offset
 * (the fund spans Washington and Seoul); {@code displayZone} is the zone pages show them in.
 * {@code eligibleSharePercent} is the share of a price difference the fund covers (50 = half).
 */
public record DraftRound(
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameKo,
        @NotNull OffsetDateTime applicationOpensAt,
        @NotNull OffsetDateTime applicationClosesAt,
        @NotNull OffsetDateTime claimOpensAt,
        @NotNull OffsetDateTime claimClosesAt,
        @NotBlank @Size(max = 40) String displayZone,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal eligibleSharePercent,
        @NotNull BigDecimal usContribution,
        @NotNull LocalDate usPledgedOn,
        @NotNull BigDecimal krContribution,
        @NotNull LocalDate krPledgedOn,
        @NotEmpty @Size(max = 100) List<@NotBlank String> materials,
        @NotEmpty @Size(max = 20) List<@NotBlank String> costCategories) implements Serializable {
}
