/**
 * Payment files of a disbursement: the ISO 20022 pain.001.001.09 customer credit transfer
 * initiation a bank imports, and the CSV remittance report beside it. Pure and deterministic: the
 * same {@link org.usrok.fund.disbursement.file.PaymentFileRequest} always gives the same bytes, so
 * the SHA-256 stored with a batch can be recomputed. Nothing here touches the database or a
 * transaction; a file is validated ({@link org.usrok.fund.disbursement.file.Pain001Validation})
 * before {@link org.usrok.fund.disbursement.file.PaymentFiles} hands it out.
 */
package org.usrok.fund.disbursement.file;
