package org.usrok.fund.allocation;

/**
 * The life of an allocation scenario: simulated (any number per round), proposed for commitment
 * (one at a time per round), declined by an approving officer, or committed by the approvals of
 * one U.S. and one ROK officer.
 */
public enum ScenarioStatus {
    SIMULATED,
    PROPOSED,
    DECLINED,
    COMMITTED
}
