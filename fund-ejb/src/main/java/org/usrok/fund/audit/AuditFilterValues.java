package org.usrok.fund.audit;

import java.io.Serializable;
import java.util.List;

/** The actions and entity types that occur in the audit trail, sorted: the choices of the search's drop-downs. */
public record AuditFilterValues(List<String> actions, List<String> entityTypes) implements Serializable {

    public AuditFilterValues {
        actions = List.copyOf(actions);
        entityTypes = List.copyOf(entityTypes);
    }
}
