package org.usrok.fund.web.ledger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.ledger.JournalEntryDetails;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerAccountSummary;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.web.portal.LanguageSwitch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One journal entry in full ({@code entry.xhtml?sequence=N}): every field, its lines, its place
 * in the chain, the entry it reverses and the entries that reverse it, and its canonical form,
 * the exact text its hash is computed over, so an auditor can recompute the hash by hand.
 */
@Named
@ViewScoped
public class EntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerService ledger;

    @Inject
    LanguageSwitch language;

    private Long sequence;
    private JournalEntryDetails details;
    private Map<String, LedgerAccountSummary> chart = Map.of();

    /**
     * Loads the entry named by the {@code sequence} parameter. An unknown one is shown as missing
     * on the page (in the page's language, which is only set when the page renders), not as an
     * error page.
     */
    public void load() {
        if (sequence == null) {
            return;
        }
        try {
            details = ledger.entryDetails(sequence);
            chart = ledger.chart().stream().collect(Collectors.toMap(LedgerAccountSummary::code, a -> a));
        } catch (EntityNotFoundException e) {
            details = null;
        }
    }

    /** True when the page names an entry that does not exist. */
    public boolean isMissing() {
        return sequence != null && details == null;
    }

    public JournalEntryDetails getDetails() {
        return details;
    }

    /** The account's name in the page's language (the chart has English and Korean names). */
    public String accountName(String code) {
        LedgerAccountSummary account = chart.get(code);
        if (account == null) {
            return "";
        }
        return language.isKorean() ? account.nameKo() : account.nameEn();
    }

    public JournalEntryRecord getEntry() {
        return details == null ? null : details.entry();
    }

    public List<Long> getReversedBy() {
        return details == null ? List.of() : details.reversedBy();
    }

    /** The recorded time exactly as hashed: UTC with six fraction digits. */
    public String getRecordedAt() {
        return details == null ? "" : CanonicalForm.instant(details.entry().recordedAt());
    }

    public String getCanonicalForm() {
        return details == null ? "" : new String(CanonicalForm.of(details.entry()), StandardCharsets.UTF_8);
    }

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }
}
