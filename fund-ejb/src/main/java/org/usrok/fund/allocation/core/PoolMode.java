package org.usrok.fund.allocation.core;

/**
 * Which money is shared among whom: one pool in one currency ({@code POOLED}), each government's
 * contribution among its own companies ({@code PER_COUNTRY}), or the combined pool split by the
 * contribution ratio with the surplus of one side going to the other ({@code CONTRIBUTION_SHARE}).
 */
public enum PoolMode { POOLED, PER_COUNTRY, CONTRIBUTION_SHARE }
