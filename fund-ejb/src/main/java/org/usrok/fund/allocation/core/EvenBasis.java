package org.usrok.fund.allocation.core;

/** For {@link AllocationMethod#EVEN}: the same share per claim, or per company. */
public enum EvenBasis { CLAIM, COMPANY }
