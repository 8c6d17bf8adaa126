package org.usrok.fund.web.portal;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A post to a view this session does not hold (its view state expired, or was captured in another
 * session and replayed here: a forged request) changes nothing, as Faces refuses to restore the
 * view; this sends the browser to the sign-in page and logs it in one line. Without it, Faces would
 * fail the request with a 500 and the server would log a stack trace for every replayed post.
 * Registered in faces-config.xml.
 */
public class RefusedPosts extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(RefusedPosts.class.getName());

    public RefusedPosts(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                String refusal = refusal(events.next().getContext().getException());
                if (refusal != null) {
                    events.remove();
                    toSignIn(FacesContext.getCurrentInstance(), refusal);
                }
            }
            getWrapped().handle();
        }

        /** Why the post is refused, or null when the exception is no refused post. */
        private static String refusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return "the view is not in this session";
                }
            }
            return null;
        }

        private static void toSignIn(FacesContext context, String refusal) {
            ExternalContext external = context.getExternalContext();
            String caller = external.getUserPrincipal() == null ? "anonymous" : external.getUserPrincipal().getName();
            String path = external.getRequestServletPath();
            LOG.info(() -> "Refused a post to " + path + " by " + caller + ": " + refusal);
            try {
                external.redirect(external.getRequestContextPath() + "/login.xhtml");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}
