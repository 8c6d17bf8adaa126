package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier streams the bundle: 100,000 entries (200,000 journal lines) verify in a JVM with a
 * 32 MB heap, where holding the bundle took 1.3 GB. And when memory does run out, the verifier
 * says so and exits 2 ("not checked"), never 1 ("tampered").
 */
class LargeBundleTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx32m", "-XX:+UseSerialGC");

    @BeforeEach
    void theJarIsBuilt() {
        JarRuns.jar();
    }

    @Test
    void aHundredThousandEntriesVerifyInA32MegabyteHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path bundle = LargeBundles.write(dir, 100_000, 0);

        JarRuns.Run run = JarRuns.java(SMALL_HEAP, bundle.toString());

        assertThat(run.output()).startsWith("OK: 100000 entries, head ");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aTamperedEntryAmongAHundredThousandIsFoundInA32MegabyteHeap(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path bundle = LargeBundles.write(dir, 100_000, 77_777);

        JarRuns.Run run = JarRuns.java(SMALL_HEAP, bundle.toString());

        assertThat(run.output()).contains("BAD: journal.csv, entry 77777: the hash chain breaks: hash does not match "
                + "the entry's content");
        assertThat(run.exit()).isEqualTo(1);
    }

    /**
     * A certificate is held whole (it is one allocation's, small in any real bundle); one of 256 MB,
     * a few hundred kilobytes zipped, exhausts the small heap.
     */
    @Test
    void runningOutOfMemoryExitsTwoWithAMessage(@TempDir Path dir) throws IOException, InterruptedException {
        Path good = LargeBundles.write(dir, 10, 0);
        Path huge = dir.resolve("huge-certificate.zip");
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(huge), StandardCharsets.UTF_8)) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("allocations/round-1-certificate.txt"));
            writeZeros(out, 256L << 20);
            out.closeEntry();
        }

        JarRuns.Run run = JarRuns.java(SMALL_HEAP, huge.toString());

        assertThat(run.output()).contains("cannot check: the verifier ran out of memory");
        assertThat(run.exit()).isEqualTo(2);
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, (byte) '0');
        for (long written = 0; written < count; written += chunk.length) {
            out.write(chunk);
        }
    }
}
