package org.usrok.fund.web.ledger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.ledger.reconciliation.Reconciliation;
import org.usrok.fund.ledger.reconciliation.ReconciliationService;

import java.io.Serializable;

/**
 * The ledger pages' "Reconcile" tab for auditors and officers: runs the reconciliation of the money
 * records with their journal entries on request (each run is audited, so not on page load) and
 * shows the totals per kind of record and every difference.
 */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReconciliationService reconciliation;

    private Reconciliation result;

    public void reconcile() {
        result = reconciliation.reconcile();
    }

    public Reconciliation getResult() {
        return result;
    }
}
