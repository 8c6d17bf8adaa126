package org.usrok.fund.idempotency;

import java.io.Serializable;

/** The response a creating request produced, kept to answer its retries identically. */
public record StoredResponse(int status, String location, String body) implements Serializable {
}
