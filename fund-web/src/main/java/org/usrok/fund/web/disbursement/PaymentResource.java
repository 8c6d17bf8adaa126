package org.usrok.fund.web.disbursement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.disbursement.DisbursementService;

import java.util.List;

/** Payments: the bank's report on one (officers of the paying government), one payment, and a company's own. */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursement")
public class PaymentResource {

    @Inject
    DisbursementService disbursements;

    @GET
    @Path("mine")
    @Operation(summary = "The calling company's payments: held, released, paid, returned, rejected (company users)")
    public List<CompanyPaymentResponse> mine() {
        return disbursements.myPayments().stream().map(CompanyPaymentResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One payment (officers, auditors, administrators)")
    public PaymentResponse get(@PathParam("id") long id) {
        return PaymentResponse.of(disbursements.payment(id));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Record the bank's report: PAID, or RETURNED/REJECTED with a reason (posts the return "
            + "entry and makes the shares payable again)")
    public PaymentResponse status(@PathParam("id") long id, PaymentStatusRequest request) {
        PaymentStatusRequest body = request == null ? new PaymentStatusRequest(null, null, null, null, null) : request;
        return PaymentResponse.of(disbursements.recordStatus(id, body.toCommand()));
    }
}
