package org.usrok.fund.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.usrok.fund.security.Role;

/** The JSON API under {@code /fund/api}; every endpoint requires HTTP Basic authentication. */
@ApplicationPath("api")
@DeclareRoles({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
@OpenAPIDefinition(
        info = @Info(title = "U.S.-ROK Supply Chain Stabilization Fund API", version = "0.1",
                description = "Companies, officers and auditors of the bilateral fund. Errors are "
                        + "application/problem+json (RFC 9457). Creating POSTs accept an Idempotency-Key header."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class FundApi extends Application {
}
