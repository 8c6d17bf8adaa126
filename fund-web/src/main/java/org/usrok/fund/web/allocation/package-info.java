/**
 * The allocation API: officers simulate, compare, propose, approve and decline allocation
 * scenarios of a round; auditors read them and their certificates; companies read their own
 * committed shares. The rules are {@link org.usrok.fund.allocation.AllocationService}'s.
 */
package org.usrok.fund.web.allocation;
