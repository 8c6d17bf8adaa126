/** Applications in the portal: the company's plan, evidence and submission, and the officers' queue and review. */
package org.usrok.fund.web.application;
