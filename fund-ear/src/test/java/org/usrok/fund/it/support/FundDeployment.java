package org.usrok.fund.it.support;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The one ShrinkWrap deployment helper: every integration test deploys the real {@code fund.ear}
 * the build produced. In-container tests add their own classes, the support package, AssertJ and
 * PDFBox (to read the documents they download) to the web module, a web fragment that opens
 * Arquillian's test servlet and the support package's {@link FixtureServlet} (the portal's
 * constraints protect everything else), and access to
 * Elytron's identity API.
 */
public final class FundDeployment {

    static final String WAR = "fund-web.war";
    private static final String STRUCTURE = "META-INF/jboss-deployment-structure.xml";
    /** Where the application's descriptor lists the web module's modules; the tests add Elytron there. */
    private static final String WEB_DEPENDENCIES = "<sub-deployment name=\"fund-web.war\">\n        <dependencies>";

    private FundDeployment() {
    }

    /** The application exactly as built, for tests that talk to it over HTTP. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /** The application with the given test classes running inside its web module. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive war;
        try (InputStream in = ear.get(WAR).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.addPackage(FundDeployment.class.getPackage())
                .addClasses(testClasses)
                .addAsLibraries(jarOf(Assertions.class), jarOf(PDFTextStripper.class), jarOf(RandomAccessRead.class),
                        jarOf(TrueTypeFont.class))
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-servlet-access.jar")
                        .addAsManifestResource(new StringAsset(ARQUILLIAN_SERVLET_FRAGMENT), "web-fragment.xml"));
        ear.delete(WAR);
        ear.addAsModule(war);
        String structure = read(ear, STRUCTURE);
        if (!structure.contains(WEB_DEPENDENCIES)) {
            throw new IllegalStateException(STRUCTURE + " no longer starts the web module's dependencies with "
                    + WEB_DEPENDENCIES);
        }
        structure = structure.replace(WEB_DEPENDENCIES,
                WEB_DEPENDENCIES + "\n            <module name=\"org.wildfly.security.elytron\"/>");
        ear.delete(STRUCTURE);
        ear.addAsManifestResource(new StringAsset(structure), "jboss-deployment-structure.xml");
        return ear;
    }

    private static final String ARQUILLIAN_SERVLET_FRAGMENT = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_servlet_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                        <url-pattern>/it-fixtures/*</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File earFile() {
        File ear = new File(System.getProperty("fund.ear", "target/fund.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: run the build's package phase first");
        }
        return ear;
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
