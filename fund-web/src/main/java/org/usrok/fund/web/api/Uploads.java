package org.usrok.fund.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size limits of raw file uploads: a file may have up to {@code fund.attachments.max-bytes}
 * bytes (default 10 MiB, the setting the attachment store enforces), and an upload body may be
 * {@value #MARGIN_BYTES} bytes more, so that a file just over the limit gets the store's precise
 * 422 while anything larger is cut off with 413 before it is read.
 */
@ApplicationScoped
public class Uploads {

    public static final int MARGIN_BYTES = 64 * 1024;
    private static final int CHUNK = 64 * 1024;

    @Inject
    @ConfigProperty(name = "fund.attachments.max-bytes", defaultValue = "10485760")
    long maxFileBytes;

    /** For unit tests, without a container. */
    public static Uploads withMaxFileBytes(long maxFileBytes) {
        Uploads uploads = new Uploads();
        uploads.maxFileBytes = maxFileBytes;
        return uploads;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxBodyBytes() {
        return maxFileBytes + MARGIN_BYTES;
    }

    /**
     * Reads an upload body. A body over the limit is answered 413; a body the server could not read
     * completely (the client broke off, or the HTTP listener refused it) is 413 when it was already
     * larger than a file may be, otherwise 400.
     *
     * @param declaredLength the Content-Length header, or -1 when none was sent
     */
    public byte[] read(InputStream body, long declaredLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = body) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (RequestSizeLimit.BodyTooLargeException e) {
            throw new ProcessingException(e);
        } catch (IOException e) {
            if (declaredLength > maxFileBytes || out.size() > maxFileBytes) {
                throw new ProcessingException(new RequestSizeLimit.BodyTooLargeException(maxBodyBytes()));
            }
            throw new ProcessingException("The upload body could not be read completely", e);
        }
    }
}
