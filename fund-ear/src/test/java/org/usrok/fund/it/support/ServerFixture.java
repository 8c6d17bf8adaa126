package org.usrok.fund.it.support;

import java.util.Map;
import java.util.Properties;

/**
 * Data a client test (a browser test) needs built inside the server, through the real services: a
 * public nested class of the test with a public no-argument constructor. The test runs it at its
 * start with {@link RemoteFixtures#build} and reads the names it answers, so it depends on no
 * earlier test.
 */
public interface ServerFixture {

    /** Builds the data with the disbursement fixture (and its actors) and answers what the test needs to know. */
    Properties build(DisbursementFixture fixture);

    /**
     * Builds with what the client test told it ({@link RemoteFixtures#build(Class, Map)}), say the
     * name of a round the test made in the portal; a fixture that needs nothing overrides only
     * {@link #build(DisbursementFixture)}.
     */
    default Properties build(DisbursementFixture fixture, Map<String, String> parameters) {
        return build(fixture);
    }
}
