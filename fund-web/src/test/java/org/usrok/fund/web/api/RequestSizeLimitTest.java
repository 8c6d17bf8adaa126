package org.usrok.fund.web.api;

import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON bodies stay at 1 MiB; file uploads get the attachment limit plus a margin, and nothing more. */
class RequestSizeLimitTest {

    private static final long TEN_MIB = 10L * 1024 * 1024;

    static class Endpoints {
        void json() {
        }

        @FileUpload
        void upload() {
        }
    }

    private static RequestSizeLimit filter() {
        RequestSizeLimit filter = new RequestSizeLimit();
        filter.uploads = Uploads.withMaxFileBytes(TEN_MIB);
        return filter;
    }

    @Test
    void uploadsMayBeAsLargeAsAnAttachmentPlusAMarginAndJsonOneMebibyte() throws NoSuchMethodException {
        RequestSizeLimit filter = filter();

        assertThat(filter.limitFor(Endpoints.class.getDeclaredMethod("json"))).isEqualTo(1024 * 1024);
        assertThat(filter.limitFor(null)).isEqualTo(1024 * 1024);
        assertThat(filter.limitFor(Endpoints.class.getDeclaredMethod("upload")))
                .isEqualTo(TEN_MIB + Uploads.MARGIN_BYTES);
    }

    @Test
    void aBodyWithoutDeclaredLengthIsCutOffOnceItPassesTheLimit() {
        var bounded = new RequestSizeLimit.Bounded(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(bounded::readAllBytes).isInstanceOf(RequestSizeLimit.BodyTooLargeException.class)
                .satisfies(e -> assertThat(((RequestSizeLimit.BodyTooLargeException) e).limit()).isEqualTo(100));
    }

    @Test
    void anUploadWithinTheLimitIsReadWhole() {
        Uploads uploads = Uploads.withMaxFileBytes(1000);
        byte[] content = new byte[1000 + Uploads.MARGIN_BYTES];

        byte[] read = uploads.read(new RequestSizeLimit.Bounded(new ByteArrayInputStream(content), uploads.maxBodyBytes()),
                content.length);

        assertThat(read).hasSize(content.length);
    }

    @Test
    void anUploadOverTheLimitIsA413AndABrokenOneA400() {
        Uploads uploads = Uploads.withMaxFileBytes(1000);
        var mapper = new MalformedRequestMapper();
        mapper.problems = ProblemFactory.with(null);

        ProcessingException tooLarge = catchProcessing(() -> uploads.read(new RequestSizeLimit.Bounded(
                new ByteArrayInputStream(new byte[1001 + Uploads.MARGIN_BYTES]), uploads.maxBodyBytes()), -1));
        assertThat(mapper.toResponse(tooLarge).getStatus()).isEqualTo(413);

        ProcessingException cutByServer = catchProcessing(() -> uploads.read(failingAfter(0), 5000));
        assertThat(mapper.toResponse(cutByServer).getStatus()).isEqualTo(413);

        ProcessingException brokenOff = catchProcessing(() -> uploads.read(failingAfter(10), 500));
        assertThat(mapper.toResponse(brokenOff).getStatus()).isEqualTo(400);
    }

    private static ProcessingException catchProcessing(Runnable read) {
        try {
            read.run();
        } catch (ProcessingException e) {
            return e;
        }
        throw new AssertionError("expected a ProcessingException");
    }

    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };
    }
}
