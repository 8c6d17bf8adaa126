package org.usrok.fund.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.FundDeployment;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md against the OpenAPI document the server serves, which SmallRye derives from the
 * resources and their response records: every operation served is in the endpoint table and every
 * row of the table is served; and every property a documented JSON response example shows exists
 * in that operation's response schema. A renamed field, a removed endpoint or an undocumented one
 * fails here instead of in a client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocumentationIT {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) (/fund/api/[^`?\\s]*)");
    private static final Pattern URL = Pattern.compile("http://localhost:8080(/fund/api/[^'\"\\s?]*)");
    private static final Pattern METHOD = Pattern.compile("-X\\s+(GET|POST|PUT|DELETE|PATCH)");
    private static final Pattern PROPERTY = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"\\s*:");

    private static String apiMd;
    private static JsonObject openApi;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @BeforeAll
    static void read() throws IOException, InterruptedException {
        apiMd = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(ApiClient.baseUrl().resolve("/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        openApi = Json.createReader(new StringReader(served.body())).readObject();
    }

    @Test
    void theEndpointTableListsExactlyTheOperationsServed() {
        Set<String> documented = new TreeSet<>();
        for (String line : apiMd.lines().toList()) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                documented.add(row.group(1) + " " + normalise(row.group(2)));
            }
        }
        Set<String> served = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "post", "put", "delete", "patch").contains(key))
                .forEach(method -> served.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path))));

        assertThat(served).as("operations served").hasSizeGreaterThan(50);
        assertThat(documented).as("operations in docs/api.md's endpoint table").containsAll(served);
        assertThat(served).as("operations served").containsAll(documented);
    }

    @Test
    void everyPropertyOfADocumentedResponseExampleIsInTheServedSchema() {
        Map<String, Set<String>> undocumentedProperties = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        List<CodeBlock> blocks = codeBlocks(apiMd);
        for (int i = 0; i + 1 < blocks.size(); i++) {
            CodeBlock command = blocks.get(i);
            CodeBlock example = blocks.get(i + 1);
            if (!command.text().startsWith("curl") || !example.followsDirectly(command)) {
                continue;
            }
            Matcher url = URL.matcher(command.text());
            String body = example.jsonPart();
            if (!url.find() || body.isEmpty() || body.contains("urn:fund:problem:")) {
                continue;
            }
            String operation = method(command.text()) + " " + normalise(url.group(1));
            Set<String> schema = responseProperties(operation);
            if (schema.isEmpty()) {
                continue;
            }
            checked.add(operation);
            Set<String> shown = new TreeSet<>();
            Matcher property = PROPERTY.matcher(body);
            while (property.find()) {
                shown.add(property.group(1));
            }
            shown.removeAll(schema);
            if (!shown.isEmpty()) {
                undocumentedProperties.put(operation + " (docs/api.md line " + example.line() + ")", shown);
            }
        }
        assertThat(checked).as("examples compared with a served schema").hasSizeGreaterThanOrEqualTo(10);
        assertThat(undocumentedProperties).as("properties shown in docs/api.md that the served schema does not have")
                .isEmpty();
    }

    /** A path with every template variable written {@code {}}, so /rounds/{id} and /rounds/{roundId} compare equal. */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }

    private static String method(String curl) {
        Matcher explicit = METHOD.matcher(curl);
        if (explicit.find()) {
            return explicit.group(1);
        }
        return curl.matches("(?s).*\\s(-d|--data|--data-binary)\\s.*") ? "POST" : "GET";
    }

    /** Every property name reachable from the operation's response schemas; empty if it declares none. */
    private static Set<String> responseProperties(String operation) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = operation.substring(operation.indexOf(' ') + 1);
        Set<String> names = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((served, item) -> {
            JsonObject op = item.asJsonObject().getJsonObject(method);
            if (op != null && normalise(served).equals(path) && op.containsKey("responses")) {
                op.getJsonObject("responses").values().forEach(response -> {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    if (content != null) {
                        content.values().forEach(media -> {
                            JsonObject schema = media.asJsonObject().getJsonObject("schema");
                            if (schema != null) {
                                collect(schema, names, new HashSet<>());
                            }
                        });
                    }
                });
            }
        });
        return names;
    }

    private static void collect(JsonObject schema, Set<String> names, Set<String> seen) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (seen.add(ref)) {
                collect(openApi.getJsonObject("components").getJsonObject("schemas")
                        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), names, seen);
            }
            return;
        }
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, property) -> {
                names.add(name);
                collect(property.asJsonObject(), names, seen);
            });
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (schema.get(nested) instanceof JsonObject child) {
                collect(child, names, seen);
            }
        }
        for (String composed : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.containsKey(composed)) {
                schema.getJsonArray(composed).getValuesAs(JsonValue::asJsonObject)
                        .forEach(part -> collect(part, names, seen));
            }
        }
    }

    /** A fenced code block of the Markdown: its text and the lines it spans. */
    private record CodeBlock(String text, int line, int endLine) {

        boolean followsDirectly(CodeBlock earlier) {
            return line == earlier.endLine() + 2;
        }

        /** The JSON of an example; an example of {@code curl -i} starts with the status line and headers. */
        String jsonPart() {
            int start = text.indexOf('{');
            int array = text.indexOf('[');
            if (array >= 0 && (start < 0 || array < start)) {
                start = array;
            }
            return start < 0 ? "" : text.substring(start);
        }
    }

    private static List<CodeBlock> codeBlocks(String markdown) {
        List<CodeBlock> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("```")) {
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                    text.append(lines.get(i).strip()).append('\n');
                }
                blocks.add(new CodeBlock(text.toString().strip(), start + 1, i + 1));
            }
        }
        return blocks;
    }
}
