package org.usrok.fund.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An officer rejects a pending company and must say why (the company user is shown the reason). */
public record RejectCompany(@NotNull Long companyId, Long expectedVersion,
                            @NotBlank @Size(max = 1000) String reason) implements Serializable {
}
