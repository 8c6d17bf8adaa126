package org.usrok.fund.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Request bodies are bounded: JSON bodies by {@value #MAX_BODY_BYTES} bytes, the raw bodies of
 * {@link FileUpload} methods by {@link Uploads#maxBodyBytes()}. A larger body is refused with 413,
 * by its declared length before reading, or while reading when the length was not declared. The
 * filter runs after matching (and after {@link ApiAuthentication}), so it knows which kind of body
 * the resource method takes; a request that matches no method never has its body read.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Inject
    Uploads uploads;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(resource == null ? null : resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw new ProcessingException(new BodyTooLargeException(limit));
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    long limitFor(Method method) {
        return method != null && method.isAnnotationPresent(FileUpload.class) ? uploads.maxBodyBytes() : MAX_BODY_BYTES;
    }

    /** The body exceeded the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        BodyTooLargeException() {
            this(MAX_BODY_BYTES);
        }

        BodyTooLargeException(long limit) {
            super("Request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
