package org.usrok.fund.ledger.checkpoint;

/** Why a checkpoint was recorded: a ledger export, the periodic timer, or an auditor's or officer's request. */
public enum CheckpointReason {
    EXPORT,
    SCHEDULED,
    MANUAL
}
