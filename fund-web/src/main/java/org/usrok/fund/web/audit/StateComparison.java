package org.usrok.fund.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An audit record's before and after snapshots side by side, pretty-printed (two-space indent,
 * fields in the order stored), with the top-level fields whose value differs between the two
 * marked as changed. Only when both snapshots exist are fields compared: a creation has no
 * "before", so nothing in it counts as changed. A snapshot that is not valid JSON is shown as
 * stored, unmarked, rather than hidden.
 */
public record StateComparison(List<Line> before, List<Line> after) implements Serializable {

    public StateComparison {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** One printed line and whether it belongs to a changed field. */
    public record Line(String text, boolean changed) implements Serializable {
    }

    public static StateComparison of(String beforeJson, String afterJson) {
        Parsed before = Parsed.of(beforeJson);
        Parsed after = Parsed.of(afterJson);
        boolean compare = before.value != null && after.value != null;
        return new StateComparison(before.lines(compare ? after.value : null),
                after.lines(compare ? before.value : null));
    }

    /** Whether there is anything to show on either side. */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    /** A snapshot: the parsed JSON value, or the raw text when it does not parse, or nothing. */
    private record Parsed(JsonValue value, String raw) implements Serializable {

        static Parsed of(String json) {
            if (json == null || json.isBlank()) {
                return new Parsed(null, null);
            }
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return new Parsed(reader.readValue(), null);
            } catch (JsonException e) {
                return new Parsed(null, json);
            }
        }

        /** The printed lines, marking what differs from {@code other} (null: mark nothing). */
        List<Line> lines(JsonValue other) {
            List<Line> lines = new ArrayList<>();
            if (raw != null) {
                raw.lines().forEach(text -> lines.add(new Line(text, false)));
            } else if (value instanceof JsonObject object) {
                JsonObject otherObject = other instanceof JsonObject o ? o : null;
                lines.add(new Line("{", false));
                int remaining = object.size();
                for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                    boolean changed = other != null && (otherObject == null
                            || !field.getValue().equals(otherObject.get(field.getKey())));
                    List<String> printed = new ArrayList<>();
                    print(field.getValue(), 1, quote(field.getKey()) + ": ", --remaining > 0 ? "," : "", printed);
                    printed.forEach(text -> lines.add(new Line(text, changed)));
                }
                lines.add(new Line("}", false));
            } else if (value != null) {
                List<String> printed = new ArrayList<>();
                print(value, 0, "", "", printed);
                boolean changed = other != null && !value.equals(other);
                printed.forEach(text -> lines.add(new Line(text, changed)));
            }
            return lines;
        }
    }

    /** Prints {@code value} at {@code depth}, the first line starting with {@code prefix}, the last ending with {@code suffix}. */
    private static void print(JsonValue value, int depth, String prefix, String suffix, List<String> out) {
        String indent = "  ".repeat(depth);
        if (value instanceof JsonObject object && !object.isEmpty()) {
            out.add(indent + prefix + "{");
            int remaining = object.size();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                print(field.getValue(), depth + 1, quote(field.getKey()) + ": ", --remaining > 0 ? "," : "", out);
            }
            out.add(indent + "}" + suffix);
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            out.add(indent + prefix + "[");
            int remaining = array.size();
            for (JsonValue item : array) {
                print(item, depth + 1, "", --remaining > 0 ? "," : "", out);
            }
            out.add(indent + "]" + suffix);
        } else {
            out.add(indent + prefix + scalar(value) + suffix);
        }
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString string) {
            return quote(string.getString());
        }
        return value.toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, everything else as is. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
