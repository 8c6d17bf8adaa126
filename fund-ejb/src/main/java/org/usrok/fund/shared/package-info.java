/**
 * Value types and rules shared by every feature: countries, currencies, money, paging, and the
 * business-rule exceptions whose subclasses name the rule they enforce.
 */
package org.usrok.fund.shared;
