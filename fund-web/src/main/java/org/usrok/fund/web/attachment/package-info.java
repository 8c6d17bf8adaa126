/** Evidence files in the portal: uploads handed to the services and the download servlet. */
package org.usrok.fund.web.attachment;
