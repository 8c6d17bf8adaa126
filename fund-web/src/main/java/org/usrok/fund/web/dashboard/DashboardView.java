package org.usrok.fund.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.dashboard.AdminDashboard;
import org.usrok.fund.dashboard.AuditorDashboard;
import org.usrok.fund.dashboard.CompanyDashboard;
import org.usrok.fund.dashboard.DashboardService;
import org.usrok.fund.dashboard.OfficerDashboard;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.portal.CurrentUser;
import org.usrok.fund.web.portal.LanguageSwitch;
import org.usrok.fund.web.reference.ReferenceNames;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The home page's dashboard: the signed-in person's read model from {@link DashboardService}
 * (which decides what they may see) and its charts. Loaded once per request, so the figures are
 * always current.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSwitch language;

    @Inject
    ReferenceNames names;

    private CompanyDashboard company;
    private OfficerDashboard officer;
    private AuditorDashboard auditor;
    private AdminDashboard admin;
    private final Map<String, String> charts = new HashMap<>();

    @PostConstruct
    void load() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.usrok.fund.web.i18n.messages", language.getLocale());
        Function<String, String> text = bundle::getString;
        if (user.isCompany()) {
            company = dashboards.company();
            charts.put("claims", DashboardCharts.statusDonut(company.claims(), s -> text.apply("claimStatus." + s)));
            charts.put("rounds", DashboardCharts.companyRounds(company,
                    r -> language.isKorean() ? r.nameKo() : r.nameEn(), text));
        } else if (user.isOfficer()) {
            officer = dashboards.officer();
            officer.governments().forEach(g -> charts.put("fund" + g.government(), DashboardCharts.fund(g, text)));
            charts.put("claims", DashboardCharts.statusDonut(officer.claimsByStatus(),
                    s -> text.apply("claimStatus." + s)));
            for (CountryCode country : CountryCode.values()) {
                charts.put("materials" + country, DashboardCharts.materials(officer.allocationByMaterial(), country,
                        names::material, text));
            }
            charts.put("disbursed", DashboardCharts.disbursed(officer.disbursed()));
        } else if (user.isAuditor()) {
            auditor = dashboards.auditor();
        } else if (user.isAdmin()) {
            admin = dashboards.admin();
            charts.put("roles", DashboardCharts.statusDonut(admin.accountsByRole(), s -> text.apply("role." + s)));
        }
    }

    public CompanyDashboard getCompany() {
        return company;
    }

    public OfficerDashboard getOfficer() {
        return officer;
    }

    public AuditorDashboard getAuditor() {
        return auditor;
    }

    public AdminDashboard getAdmin() {
        return admin;
    }

    /** The charts' Chart.js configurations by name; a missing or null entry means nothing to draw. */
    public Map<String, String> getCharts() {
        return charts;
    }
}
