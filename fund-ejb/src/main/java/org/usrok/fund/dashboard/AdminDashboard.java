package org.usrok.fund.dashboard;

import java.io.Serializable;
import java.util.List;

/** An administrator's home figures: accounts per role, disabled (locked) accounts and reference data counts. */
public record AdminDashboard(List<StatusCount> accountsByRole, long accounts, long disabledAccounts, long materials,
                             long activeMaterials, long costCategories) implements Serializable {

    public AdminDashboard {
        accountsByRole = List.copyOf(accountsByRole);
    }
}
