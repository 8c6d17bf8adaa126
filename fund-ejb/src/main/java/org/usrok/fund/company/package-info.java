/**
 * Company registration: the {@link org.usrok.fund.company.Company} aggregate with its national
 * identifiers (U.S. EIN and SAM.gov UEI, Korean business registration number), the verification
 * workflow an officer of the company's own country performs, and the read models the API and
 * portal show.
 */
package org.usrok.fund.company;
