/**
 * Demo mode: on the first start of an empty database with {@code fund.demo=true}, seeds a demo
 * user for every role and a few sample companies so a newcomer can walk every journey.
 */
package org.usrok.fund.demo;
