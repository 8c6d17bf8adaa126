package org.usrok.fund.web.notification;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.notification.NotificationSummary;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.portal.CurrentUser;
import org.usrok.fund.web.portal.LanguageSwitch;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The signed-in user's notifications, newest first: read them, mark them read, open their subject. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    LanguageSwitch language;

    @Inject
    CurrentUser currentUser;

    private final InboxTable table = new InboxTable();

    public String text(NotificationSummary n) {
        return NotificationTexts.text(n, language.getLocale());
    }

    public String outcome(NotificationSummary n) {
        return NotificationTexts.outcome(n, currentUser.isCompany());
    }

    /**
     * The FundingRound link of a company goes to the list of open rounds, and a PayoutAccount link
     * to the payout accounts page (the company's list or the officers' queue): neither takes an id.
     */
    public boolean linksWithId(NotificationSummary n) {
        return !(currentUser.isCompany() && "FundingRound".equals(n.subjectType()))
                && !"PayoutAccount".equals(n.subjectType());
    }

    public void markRead(NotificationSummary n) {
        try {
            notifications.markRead(n.id());
        } catch (BusinessRuleException e) {
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, "inbox.gone");
        }
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "inbox.allRead", marked);
    }

    public LazyDataModel<NotificationSummary> getTable() {
        return table;
    }

    /** Pages through the caller's inbox in the database. */
    private final class InboxTable extends LazyDataModel<NotificationSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(notifications.inbox(false, new PageRequest(0, 1)).total());
        }

        @Override
        public List<NotificationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            var page = notifications.inbox(false, LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(NotificationSummary n) {
            return String.valueOf(n.id());
        }
    }
}
