package org.usrok.fund.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.security.UserAccountSummary;
import org.usrok.fund.security.UserQuery;
import org.usrok.fund.security.UserTimeZone;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administrators' accounts page: the accounts, paged, optionally only those of one role
 * ({@code ?role=}) or only the disabled or enabled ones ({@code ?enabled=false}), as the home
 * page's figures link to them; and a form to create one with a single role.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "newUser";
    static final Set<String> FIELDS = Set.of("username", "password", "displayName", "email", "country", "roles",
            "timeZone");

    @Inject
    UserAccountService users;

    @Inject
    TableExports exports;

    @Inject
    Messages messages;

    private final UserTable table = new UserTable();
    private Role roleFilter;
    private Boolean enabledFilter;
    private String username;
    private String password;
    private String displayName;
    private String email;
    private CountryCode country;
    private Role role;
    private String timeZone;

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var created = users.create(new CreateUserAccount(username, password, displayName, email, country,
                    role == null ? Set.of() : Set.of(role), timeZone));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "users.created", created.username());
            username = null;
            password = null;
            displayName = null;
            email = null;
            country = null;
            role = null;
            timeZone = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FORM, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, FIELDS, e);
        }
    }

    public LazyDataModel<UserAccountSummary> getTable() {
        return table;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The zones offered; none chosen means the country's ({@link UserTimeZone#defaultFor}). */
    public List<String> getTimeZones() {
        return UserTimeZone.OFFERED;
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    private UserQuery query() {
        return new UserQuery(roleFilter, enabledFilter);
    }

    /** Whether the list is narrowed by the page's parameters (a notice then offers all accounts). */
    public boolean isFiltered() {
        return roleFilter != null || enabledFilter != null;
    }

    /** Every account of the current filter, as CSV or XLSX. */
    public StreamedContent export(String format) {
        UserQuery filter = query();
        return exports.download("accounts", format, rows -> exports.<UserAccountSummary>columns()
                .number("export.col.id", UserAccountSummary::id)
                .text("export.col.username", UserAccountSummary::username)
                .text("export.col.displayName", UserAccountSummary::displayName)
                .text("export.col.email", UserAccountSummary::email)
                .label("company.country", "country.", UserAccountSummary::country)
                .number("export.col.companyId", UserAccountSummary::companyId)
                .text("export.col.enabled", UserAccountSummary::enabled)
                .text("export.col.timeZone", UserAccountSummary::timeZone)
                .text("export.col.roles", u -> u.roles().stream().map(Enum::name).sorted()
                        .collect(java.util.stream.Collectors.joining(" ")))
                .of(rows), () -> users.listAll(filter));
    }

    /** Pages through the accounts of the filter in the database, ordered by username. */
    private final class UserTable extends LazyDataModel<UserAccountSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(users.list(query(), new PageRequest(0, 1)).total());
        }

        @Override
        public List<UserAccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            var page = users.list(query(), new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(UserAccountSummary user) {
            return String.valueOf(user.id());
        }
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public Boolean getEnabledFilter() {
        return enabledFilter;
    }

    public void setEnabledFilter(Boolean enabledFilter) {
        this.enabledFilter = enabledFilter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
