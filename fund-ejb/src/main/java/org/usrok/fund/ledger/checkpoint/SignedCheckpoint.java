package org.usrok.fund.ledger.checkpoint;

import java.io.Serializable;

/** A stored checkpoint as the checks see it: its id, the signed text's fields, the key id and the Base64 signature. */
public record SignedCheckpoint(long id, CheckpointText text, String keyId, String signature) implements Serializable {
}
