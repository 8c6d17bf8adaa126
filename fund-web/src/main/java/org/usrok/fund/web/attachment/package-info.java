/**
 * Evidence files over the API: raw-body uploads for applications and claims (shared by their
 * resources) and downloads ({@code /api/attachments/{id}/content}) with safe headers. Evidence
 * files in the portal: uploads handed to the services and the download servlet.
 */
package org.usrok.fund.web.attachment;
