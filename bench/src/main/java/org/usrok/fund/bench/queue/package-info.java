/** B4: one page of the officers' claim queue over 1,000,000 claims through the server against the raw SQL. */
package org.usrok.fund.bench.queue;
