package org.usrok.fund.web.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.InvalidQueryParameterException;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.time.LocalDate;

/** Exchange rates as data: officers record them, officers and auditors read them and ask which one applies on a date. */
@Path("exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates")
public class ExchangeRateResource {

    @Inject
    ExchangeRateService rates;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Rates, newest effective date first, paged, optionally of one pair and within [from, to]")
    public PageResponse<ExchangeRateResponse> list(@QueryParam("base") String base, @QueryParam("quote") String quote,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidQueryParameterException("Query parameter 'to' must not be before 'from'");
        }
        return PageResponse.of(rates.list(QueryParams.enumValue(CurrencyCode.class, "base", base),
                QueryParams.enumValue(CurrencyCode.class, "quote", quote), fromDay, toDay,
                QueryParams.page(page, size)), ExchangeRateResponse::of);
    }

    @GET
    @Path("on")
    @Operation(summary = "The rate a conversion of base into quote on a date uses: the newest effective on or before it")
    public ExchangeRateResponse on(@QueryParam("base") String base, @QueryParam("quote") String quote,
                                   @QueryParam("date") String date) {
        return ExchangeRateResponse.of(rates.rateOn(required("base", QueryParams.enumValue(CurrencyCode.class, "base", base)),
                required("quote", QueryParams.enumValue(CurrencyCode.class, "quote", quote)),
                required("date", QueryParams.date("date", date))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rate")
    public ExchangeRateResponse get(@PathParam("id") long id) {
        return ExchangeRateResponse.of(rates.get(id));
    }

    @POST
    @Operation(summary = "Record a published rate (officers); a second rate for the same pair, day and source is 409")
    public Response record(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, ExchangeRateRequest request) {
        ExchangeRateRequest body = request == null ? ExchangeRateRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /exchange-rates", body, () -> {
            var created = ExchangeRateResponse.of(rates.record(body.toCommand()));
            return new IdempotentCreation.Created(uri.getBaseUriBuilder().path(ExchangeRateResource.class)
                    .path(String.valueOf(created.id())).build(), created);
        });
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidQueryParameterException("Query parameter '" + name + "' is required");
        }
        return value;
    }
}
