package org.usrok.fund.web.ledger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.ledger.checkpoint.CheckpointPublicKey;
import org.usrok.fund.ledger.checkpoint.CheckpointService;
import org.usrok.fund.ledger.checkpoint.CheckpointSummary;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signed checkpoints of the chain head (docs/ledger.md, Checkpoints): the list with the
 * governments' countersignatures, a checkpoint on request, an officer's countersignature, and the
 * fund's public key to check the signatures with.
 */
@Path("ledger/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class CheckpointResource {

    @Inject
    CheckpointService checkpoints;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every checkpoint, newest head first, with its countersignatures")
    public List<CheckpointSummary> list() {
        return checkpoints.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One checkpoint with its countersignatures")
    public CheckpointSummary get(@PathParam("id") long id) {
        return checkpoints.checkpoint(id);
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "One checkpoint as a file for the offline verifier's --anchor-checkpoint: the signed text, "
            + "keyId= and signature=")
    public Response file(@PathParam("id") long id) {
        CheckpointSummary checkpoint = checkpoints.checkpoint(id);
        return Response.ok(checkpoint.fileText().getBytes(StandardCharsets.US_ASCII))
                .type("text/plain; charset=US-ASCII")
                .header("Content-Disposition", "attachment; filename=\"" + checkpoint.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Operation(summary = "Sign a checkpoint of the current head now (auditors, officers); 409 when the chain "
            + "contradicts an earlier checkpoint")
    public Response record() {
        CheckpointSummary created = checkpoints.record();
        return Response.created(uri.getBaseUriBuilder().path("ledger/checkpoints/{id}").build(created.id()))
                .entity(created).build();
    }

    @POST
    @Path("{id}/countersignatures")
    @Operation(summary = "Countersign a checkpoint for the officer's government; 409 when that government "
            + "already has, or when the ledger no longer agrees with the checkpoint")
    public CheckpointSummary countersign(@PathParam("id") long id) {
        return checkpoints.countersign(id);
    }

    @GET
    @Path("public-key")
    @Operation(summary = "The fund's Ed25519 checkpoint key: SubjectPublicKeyInfo in Base64 and PEM, and its key id")
    public CheckpointPublicKey publicKey() {
        return checkpoints.publicKey();
    }
}
