package org.usrok.fund.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.usrok.fund.idempotency.IdempotencyService;
import org.usrok.fund.idempotency.IdempotentReplayException;
import org.usrok.fund.idempotency.StoredResponse;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The API's creating POSTs with an optional {@code Idempotency-Key}: the first request with a key
 * creates and stores its response; a retry with the same key and body gets that response again
 * (header {@code Idempotent-Replayed: true}) and creates nothing; the same key with another body is
 * 422. The key's unique index in the database decides which request creates: any other request with
 * the key (a retry, or a concurrent repeat once the first commits) collides with it and answers the
 * stored response.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final int REPLAY_ATTEMPTS = 100;
    private static final long REPLAY_WAIT_MILLIS = 100;

    @Inject
    IdempotencyService idempotency;

    /** What a creation produced: the new resource's URI and the response body (no URI: an action's 200). */
    public record Created(URI location, Object body) implements Serializable {
    }

    /**
     * Creates through {@code creation} at most once for this caller and key.
     *
     * @param key the client's Idempotency-Key header, or null for a plain (non-repeatable) creation
     * @param scope the endpoint, so one key cannot be replayed against another endpoint
     * @param request the request body, whose fingerprint detects a reused key
     */
    public Response create(String key, String scope, Object request, Supplier<Created> creation) {
        if (key == null) {
            return toResponse(store(creation.get()), false);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        String fingerprint = fingerprint(scope, request);
        try {
            return toResponse(idempotency.executeOnce(key, fingerprint, () -> store(creation.get())), false);
        } catch (IdempotentReplayException taken) {
            return awaitWinner(key, fingerprint);
        }
    }

    /**
     * Performs a state-changing action (a release, say) at most once for this caller and key, like
     * {@link #create}, but answers 200 with the action's result and no {@code Location}.
     */
    public Response perform(String key, String scope, Object request, Supplier<Object> action) {
        return create(key, scope, request, () -> new Created(null, action.get()));
    }

    private Response awaitWinner(String key, String fingerprint) {
        for (int attempt = 0; attempt < REPLAY_ATTEMPTS; attempt++) {
            Optional<StoredResponse> winner = idempotency.replay(key, fingerprint);
            if (winner.isPresent()) {
                return toResponse(winner.get(), true);
            }
            try {
                Thread.sleep(REPLAY_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IdempotentRequestInProgressException(key);
    }

    private static StoredResponse store(Created created) {
        if (created.location() == null) {
            return new StoredResponse(Response.Status.OK.getStatusCode(), null,
                    JsonConfiguration.jsonb().toJson(created.body()));
        }
        return new StoredResponse(Response.Status.CREATED.getStatusCode(), created.location().toString(),
                JsonConfiguration.jsonb().toJson(created.body()));
    }

    private static Response toResponse(StoredResponse stored, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(stored.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored.body());
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }

    static String fingerprint(String scope, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(scope.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(JsonConfiguration.jsonb().toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
