package org.usrok.fund.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Finds the id of the entity a refused call acted on among the call's parameters, as
 * {@link RecordsRefusals#idComponent} describes. Pure, for unit tests.
 */
final class RefusalTarget {

    /** Shown when the call named no entity (a null id); the column is not null. */
    static final String NONE = "-";

    private RefusalTarget() {
    }

    /**
     * The target's id as text: the first parameter itself, or the named component of that
     * parameter when it is a record.
     *
     * @throws IllegalStateException when the annotation does not fit the method: a programming error
     */
    static String id(Object[] parameters, String idComponent) {
        if (parameters.length == 0) {
            throw new IllegalStateException("@RecordsRefusals needs a parameter naming the target");
        }
        Object first = parameters[0];
        if (idComponent.isEmpty()) {
            return first == null ? NONE : String.valueOf(first);
        }
        if (first == null) {
            return NONE;
        }
        if (!first.getClass().isRecord()) {
            throw new IllegalStateException("@RecordsRefusals(idComponent = \"" + idComponent + "\") needs a record, not "
                    + first.getClass().getName());
        }
        for (RecordComponent component : first.getClass().getRecordComponents()) {
            if (component.getName().equals(idComponent)) {
                Object value = read(component, first);
                return value == null ? NONE : String.valueOf(value);
            }
        }
        throw new IllegalStateException(first.getClass().getName() + " has no component " + idComponent);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
