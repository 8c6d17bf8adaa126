/**
 * Evidence files attached to applications and claims: only PDF, PNG, JPEG, XLSX and CSV, with the
 * type decided from the content (magic bytes), never from the name; a size limit; a SHA-256
 * digest stored and shown; the bytes kept in the database, outside any web root; sanitised names;
 * downloads only for the owning company, officers and auditors.
 */
package org.usrok.fund.attachment;
