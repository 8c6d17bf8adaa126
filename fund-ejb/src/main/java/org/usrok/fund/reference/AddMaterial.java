package org.usrok.fund.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An administrator adds a critical material that neither government list names yet. */
public record AddMaterial(
        @NotBlank(message = "{material.code.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{material.code.pattern}") String code,
        @NotBlank(message = "{material.nameEn.required}") @Size(max = 120, message = "{material.name.size}") String nameEn,
        @NotBlank(message = "{material.nameKo.required}") @Size(max = 120, message = "{material.name.size}") String nameKo,
        @Size(max = 200, message = "{material.hsCodes.size}") @Pattern(regexp = "(\\d{4}\\.\\d{2}(, \\d{4}\\.\\d{2})*)?", message = "{material.hsCodes.pattern}")
        String hsCodes) implements Serializable {
}
