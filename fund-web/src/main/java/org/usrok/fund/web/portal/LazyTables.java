package org.usrok.fund.web.portal;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Helpers for the portal's lazy tables. */
public final class LazyTables {

    private LazyTables() {
    }

    /**
     * Moves the table back to its first page: after new filters the old page number may lie past
     * the new results, which would show an empty page instead of the matches.
     */
    public static void showFirstPage(FacesContext faces, String tableClientId) {
        if (faces.getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
