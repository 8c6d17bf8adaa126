package org.usrok.fund.allocation.core;

/** How a pool is shared: the same amount per unit, or pro rata to approved amounts. */
public enum AllocationMethod { EVEN, PROPORTIONAL }
