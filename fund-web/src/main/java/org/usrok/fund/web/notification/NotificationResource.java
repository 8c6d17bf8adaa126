package org.usrok.fund.web.notification;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.ProblemFactory;
import org.usrok.fund.web.api.QueryParams;

/** The caller's own notifications (every role); nobody reads or marks another user's. The POSTs take no body. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's notifications, newest first, paged; only unread ones with unreadOnly=true")
    public PageResponse<NotificationResponse> inbox(@QueryParam("unreadOnly") String unreadOnly,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        var locale = ProblemFactory.locale(headers);
        return PageResponse.of(notifications.inbox(QueryParams.booleanValue("unreadOnly", unreadOnly, false),
                QueryParams.page(page, size)), n -> NotificationResponse.of(n, locale));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCountResponse unreadCount() {
        return new UnreadCountResponse(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (another user's answers 404)")
    public NotificationResponse markRead(@PathParam("id") long id) {
        return NotificationResponse.of(notifications.markRead(id), ProblemFactory.locale(headers));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    public MarkedReadResponse markAllRead() {
        return new MarkedReadResponse(notifications.markAllRead());
    }
}
