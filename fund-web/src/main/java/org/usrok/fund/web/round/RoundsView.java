package org.usrok.fund.web.round;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.portal.LazyTables;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The rounds table (officers, auditors, administrators): lazy, newest first, filtered by status. */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private RoundStatus status;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    private final RoundTable table = new RoundTable();
    private boolean officer;

    /** The status filter's starting value ({@code ?status=}, the home page's links). */
    public RoundStatus getStatus() {
        return status;
    }

    public void setStatus(RoundStatus status) {
        this.status = status;
    }

    @PostConstruct
    void init() {
        officer = currentActor.get().isOfficer();
    }

    /** Only officers draft rounds. */
    public boolean isOfficer() {
        return officer;
    }

    public LazyDataModel<RoundDetails> getTable() {
        return table;
    }

    public RoundStatus[] getStatuses() {
        return RoundStatus.values();
    }

    /** Pages and filters in the database through the service. */
    private final class RoundTable extends LazyDataModel<RoundDetails> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(rounds.list(LazyTables.enumFilter(filterBy, "status", RoundStatus.class),
                    new PageRequest(0, 1)).total());
        }

        @Override
        public List<RoundDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            var page = rounds.list(LazyTables.enumFilter(filterBy, "status", RoundStatus.class),
                    LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(RoundDetails round) {
            return String.valueOf(round.id());
        }
    }
}
