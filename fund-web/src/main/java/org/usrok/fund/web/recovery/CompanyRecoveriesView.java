package org.usrok.fund.web.recovery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryService;

import java.io.Serializable;
import java.util.List;

/** The company's recoveries page: what the fund recovers from it, what is outstanding, and the receipts recorded. */
@Named
@ViewScoped
public class CompanyRecoveriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecoveryService recoveries;

    private List<RecoveryDetails> items;

    public List<RecoveryDetails> getItems() {
        if (items == null) {
            items = recoveries.myRecoveries();
        }
        return items;
    }
}
