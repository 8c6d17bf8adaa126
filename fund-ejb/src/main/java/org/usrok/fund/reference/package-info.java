/**
 * Reference data that rounds, applications and claims refer to: the critical materials a round
 * can support (the USGS 2022 list and Korea's 2023 list, with EN/KO names and HS codes) and the
 * cost categories a claim line falls into. Administrators maintain it; rows are deactivated,
 * never deleted, so history keeps its meaning.
 */
package org.usrok.fund.reference;
