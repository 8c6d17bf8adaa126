/**
 * The PrimeFaces portal's shared parts: sign-in and sign-out, the language switch, the signed-in
 * user's menu, and turning service errors into messages beside the fields they concern.
 */
package org.usrok.fund.web.portal;
