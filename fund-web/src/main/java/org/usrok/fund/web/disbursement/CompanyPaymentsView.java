package org.usrok.fund.web.disbursement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.disbursement.DisbursementService;

import java.io.Serializable;
import java.util.List;

/** The signed-in company's payments (held, sent, paid, returned, rejected), newest first; read-only. */
@Named
@ViewScoped
public class CompanyPaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisbursementService disbursements;

    private List<CompanyPayment> items;

    public List<CompanyPayment> getItems() {
        if (items == null) {
            items = disbursements.myPayments();
        }
        return items;
    }
}
