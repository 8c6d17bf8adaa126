package org.usrok.fund.web.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;

/**
 * Shows an instant in the viewer's zone with the zone named, as {@link Formats#time} does
 * ({@code <f:converter converterId="fund.instant"/>}, for components that take a converter).
 * Display only.
 */
@FacesConverter("fund.instant")
public class InstantConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Times are shown, not entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : CDI.current().select(Formats.class).get().time(value);
    }
}
