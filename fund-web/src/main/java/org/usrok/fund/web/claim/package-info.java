/** Claims in the portal: the company's cost lines, evidence and submission, and the officers' queue and four-eyes review. */
package org.usrok.fund.web.claim;
