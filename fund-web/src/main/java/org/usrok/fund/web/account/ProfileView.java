package org.usrok.fund.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.security.UserAccountSummary;
import org.usrok.fund.security.UserTimeZone;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.web.portal.Formats;
import org.usrok.fund.web.portal.Messages;
import org.usrok.fund.web.portal.ViewerZone;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user's profile ({@code profile.xhtml}, everyone): who they are as the fund knows
 * them, and the time zone every time in the portal is shown in, chosen from a list of zones named
 * in the page's language. The service checks the zone; a refusal shows beside the field.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";

    @Inject
    UserAccountService users;

    @Inject
    Messages messages;

    @Inject
    ViewerZone viewerZone;

    @Inject
    Formats formats;

    private UserAccountSummary account;
    private String timeZone;

    @PostConstruct
    void init() {
        account = users.own();
        timeZone = account.timeZone();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            account = users.changeOwnTimeZone(timeZone);
            timeZone = account.timeZone();
            viewerZone.changed(ZoneId.of(account.timeZone()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "profile.saved", formats.zone(account.timeZone()));
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, Set.of("timeZone"), e);
        }
    }

    /** The zones offered, and the user's own if it is not among them (set through the API, say). */
    public List<String> getZones() {
        List<String> zones = new ArrayList<>(UserTimeZone.OFFERED);
        if (account != null && !zones.contains(account.timeZone())) {
            zones.add(0, account.timeZone());
        }
        return zones;
    }

    public Instant getNow() {
        return Clock.now();
    }

    public UserAccountSummary getAccount() {
        return account;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
