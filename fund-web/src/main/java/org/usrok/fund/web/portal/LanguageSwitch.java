package org.usrok.fund.web.portal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import org.usrok.fund.web.i18n.SupportedLanguage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal language: the one the user chose (kept in a cookie, so it survives signing out and
 * the session's end), else the browser's preference, else English.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "fund-lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initial(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    private static Locale initial(ExternalContext external) {
        if (external.getRequestCookieMap().get(COOKIE) instanceof Cookie cookie) {
            return SupportedLanguage.choose(List.of(Locale.forLanguageTag(cookie.getValue())));
        }
        List<Locale> preferences = new ArrayList<>();
        for (Iterator<Locale> it = external.getRequestLocales(); it.hasNext(); ) {
            preferences.add(it.next());
        }
        return SupportedLanguage.choose(preferences);
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
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, chosen.toLanguageTag(), Map.of(
                "maxAge", ONE_YEAR_SECONDS, "path", external.getRequestContextPath() + "/", "httpOnly", true,
                "SameSite", "Lax"));
    }
}
