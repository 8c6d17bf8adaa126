package org.usrok.fund.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.usrok.fund.web.i18n.SupportedLanguage;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;

/** The portal language of this session: first from the browser's preference, then as the user switches. */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            var request = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
            locale = SupportedLanguage.choose(Collections.list(new IteratorEnumeration(request)));
        }
        return locale;
    }

    public boolean isKorean() {
        return SupportedLanguage.KOREAN.equals(getLocale());
    }

    public void useEnglish() {
        use(SupportedLanguage.ENGLISH);
    }

    public void useKorean() {
        use(SupportedLanguage.KOREAN);
    }

    private void use(Locale chosen) {
        locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }

    private record IteratorEnumeration(java.util.Iterator<Locale> iterator) implements java.util.Enumeration<Locale> {
        @Override
        public boolean hasMoreElements() {
            return iterator.hasNext();
        }

        @Override
        public Locale nextElement() {
            return iterator.next();
        }
    }
}
