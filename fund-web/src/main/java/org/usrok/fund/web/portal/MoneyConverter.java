package org.usrok.fund.web.portal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.usrok.fund.shared.Money;

/** Shows a {@link Money} as {@link MoneyFormat} writes it. Display only. */
@FacesConverter("fund.money")
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Amounts are shown, not entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : MoneyFormat.format(value);
    }
}
