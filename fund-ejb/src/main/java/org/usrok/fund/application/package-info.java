/**
 * Applications of verified companies to open rounds: the diversification plan (current and target
 * sources, critical materials, time line), attachments, the automatic eligibility screen and the
 * review workflow by officers of the company's country.
 */
package org.usrok.fund.application;
