package org.usrok.fund.web.account;

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
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.util.Set;

/** Accounts: administrators create them; anyone can ask who they are. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserAccountService users;

    @Inject
    CurrentActor currentActor;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Path("users")
    @Operation(summary = "Create an account (administrators)")
    public Response create(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, CreateUserRequest request) {
        CreateUserRequest body = request == null ? new CreateUserRequest(null, null, null, null, null, Set.of(), null) : request;
        return idempotent.create(idempotencyKey, "POST /users", body, () -> {
            var created = UserResponse.of(users.create(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path("users").path(String.valueOf(created.id())).build(), created);
        });
    }

    @GET
    @Path("users")
    @Operation(summary = "Accounts, paged, ordered by username (administrators and auditors)")
    public PageResponse<UserResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(users.list(QueryParams.page(page, size)), UserResponse::of);
    }

    @GET
    @Path("users/{id}")
    @Operation(summary = "One account (administrators and auditors)")
    public UserResponse get(@PathParam("id") long id) {
        return UserResponse.of(users.get(id));
    }

    @GET
    @Path("me")
    @Operation(summary = "The authenticated caller: username, roles, country, bound company and the time zone times are shown in")
    public MeResponse me() {
        Actor actor = currentActor.get();
        return MeResponse.of(actor, actor.roles().isEmpty() ? null : users.ownTimeZone());
    }
}
