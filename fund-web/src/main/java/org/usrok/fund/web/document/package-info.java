/**
 * The fund's PDF documents: a company's award letter for a committed allocation, a round's
 * allocation report, a company's statement (paid, returned, recovered) and the trial balance as of
 * a date. Each is built from the read models the services offer (the services decide who may read
 * what), laid out by the one {@link org.usrok.fund.web.document.DocumentLayout} in the reader's
 * language with the embedded Nanum Gothic font (Hangul), and served by
 * {@link org.usrok.fund.web.document.DocumentResource} and the portal's download buttons.
 */
package org.usrok.fund.web.document;
