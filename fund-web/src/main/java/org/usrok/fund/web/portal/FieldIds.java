package org.usrok.fund.web.portal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the field a service error names ({@code title}, {@code lines[2].amount},
 * {@code plan.currentSources[0].supplier}) to the client id of the input on the page
 * ({@code claimForm:title}, {@code claimForm:lines:2:amount}), so the message shows beside it.
 * Rows of a table are the table's id, the row index and the column input's id.
 */
public final class FieldIds {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+).*");
    private static final Pattern LEADING_NAME = Pattern.compile("(\\w+).*");

    private final String form;
    private final String prefix;
    private final Set<String> fields;
    private final Set<String> tables;

    /**
     * @param form   the form's id
     * @param prefix a leading path segment to drop (e.g. {@code plan.}), or empty
     * @param fields the inputs of the form that a field name maps to directly
     * @param tables the row tables whose cells a {@code name[i].field} path maps to
     */
    public FieldIds(String form, String prefix, Set<String> fields, Set<String> tables) {
        this.form = form;
        this.prefix = prefix;
        this.fields = Set.copyOf(fields);
        this.tables = Set.copyOf(tables);
    }

    /** The client id for the field, or null when the message belongs at the top of the page. */
    public String clientId(String field) {
        if (field == null) {
            return null;
        }
        String path = !prefix.isEmpty() && field.startsWith(prefix) ? field.substring(prefix.length()) : field;
        Matcher row = ROW_FIELD.matcher(path);
        if (row.matches() && tables.contains(row.group(1))) {
            return form + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3);
        }
        Matcher name = LEADING_NAME.matcher(path);
        if (name.matches() && fields.contains(name.group(1))) {
            return form + ":" + name.group(1);
        }
        return null;
    }
}
