package org.usrok.fund.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Runs a test's {@link ServerFixture} inside the server for a client test:
 * {@code POST /fund/it-fixtures/<fixture class name>?name=value...} answers its properties. Deployed only with
 * the test classes ({@link FundDeployment#withTests}), never with the application, and only runs
 * classes that implement {@link ServerFixture}; {@link RemoteFixtures} calls it.
 */
@WebServlet("/it-fixtures/*")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DisbursementFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServerFixture serverFixture;
        try {
            Class<?> type = Class.forName(request.getPathInfo().substring(1), true,
                    Thread.currentThread().getContextClassLoader());
            serverFixture = type.asSubclass(ServerFixture.class).getConstructor().newInstance();
        } catch (ClassNotFoundException | ClassCastException | NoSuchMethodException | InstantiationException
                 | IllegalAccessException | InvocationTargetException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.toString());
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        Properties answer = serverFixture.build(fixture, parameters);
        response.setContentType("text/plain;charset=UTF-8");
        try (Writer out = response.getWriter()) {
            answer.store(out, null);
        }
    }
}
