/**
 * The two governments' contributions to each round: the pledges booked when both governments open
 * the round, and the receipts officers record as the money arrives (the U.S. in USD, the ROK in
 * KRW, never added together), each posted to the ledger in the same transaction.
 */
package org.usrok.fund.contribution;
