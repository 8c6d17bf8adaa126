package org.usrok.fund.web.attachment;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.usrok.fund.attachment.AttachmentDownload;
import org.usrok.fund.attachment.AttachmentStore;
import org.usrok.fund.shared.EntityNotFoundException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves an attachment to the portal ({@code /fund/attachment?id=42}) as a download. The store
 * decides who may read it: the owning company's users, officers and auditors; anyone else is told
 * it does not exist. The portal's security constraint already requires a signed-in user.
 */
@WebServlet("/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload download;
        try {
            download = store.download(id);
        } catch (EntityNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var attachment = download.attachment();
        String encoded = URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(attachment.contentType());
        response.setContentLengthLong(download.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.content());
    }
}
