package org.usrok.fund.it.ledger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.ChainVerification;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.checkpoint.ChainContradictsCheckpointException;
import org.usrok.fund.ledger.checkpoint.CheckpointFinding.Kind;
import org.usrok.fund.ledger.checkpoint.CheckpointHeadDivergedException;
import org.usrok.fund.ledger.checkpoint.CheckpointService;
import org.usrok.fund.ledger.checkpoint.CheckpointSummary;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditor's finding of issue 14, played as the attacker: connected as the schema owner (the
 * append-only triggers dropped, as the owner or an administrator can) the test rewrites a middle
 * entry's amounts and recomputes that entry's and every later hash with the documented hash
 * definition (the chain head is the last entry). The entries alone then recompute (plain chain verification passes), but
 * "verify chain" reports the signed checkpoint of the earlier export that no longer matches, the
 * export record whose head the chain no longer has, and, after a second export of the same
 * sequence, the two exports that disagree. The fund signs nothing for the rewritten chain and no
 * officer can countersign the diverged checkpoint. Afterwards the test restores every row it
 * changed, removes the forged export's audit record and puts the triggers back, so the suite's
 * other tests see an intact ledger; the restored chain verifies again.
 */
@ExtendWith(ArquillianExtension.class)
class RewrittenHistoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RewrittenHistoryIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    CheckpointService checkpoints;

    @Inject
    UserAccountService users;

    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
    DataSource dataSource;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    @Test
    void aRewriteWithEveryLaterHashRecomputedIsCaughtByTheCheckpointsAndTheExports() throws SQLException {
        var officer = actors.newOfficer(CountryCode.US);
        var auditor = actors.newAuditor();
        List<JournalEntryRecord> posted = new ArrayList<>();
        for (String amount : List.of("11.00", "22.00", "33.00")) {
            posted.add(officer.call(() -> ledger.post(TestData.usdReceipt("it-rewrite-" + TestData.suffix(), amount))));
        }
        auditor.call(() -> ledger.exportBundle(new ByteArrayOutputStream()));
        CheckpointSummary exported = auditor.call(() -> checkpoints.list()).get(0);
        long head = exported.sequence();
        assertThat(head).isEqualTo(posted.get(2).sequence());
        ChainVerification before = auditor.call(() -> ledger.verifyChain());
        assertThat(before.ok()).as(before.toString()).isTrue();
        long middle = posted.get(1).sequence();
        Map<Long, JournalEntryRecord> original = new LinkedHashMap<>();
        for (long sequence = middle; sequence <= head; sequence++) {
            long s = sequence;
            original.put(s, auditor.call(() -> ledger.entry(s)));
        }

        List<String> forgedHeads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            triggers(connection, postgres, false);
            try {
                // the attack: 22.00 becomes 2,200.00, and every hash from there on is recomputed
                execute(connection, "update journal_line set amount_minor = 220000 where entry_sequence = " + middle);
                forgedHeads.add(rechain(connection, auditor, middle, head, original.get(middle).previousHash()));

                // the entries alone recompute: ChainVerifier, the plain chain verification, finds nothing
                ChainVerification rewritten = auditor.call(() -> ledger.verifyChain());
                assertThat(rewritten.chainRecomputes()).as(rewritten.toString()).isTrue();
                assertThat(rewritten.firstBadSequence()).isNull();
                assertThat(rewritten.headHash()).isEqualTo(forgedHeads.get(0));
                assertThat(rewritten.ok()).as(rewritten.toString()).isFalse();
                assertThat(rewritten.findings()).anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.CHECKPOINT_HEAD_MISMATCH);
                    assertThat(f.sequence()).isEqualTo(head);
                    assertThat(f.checkpointId()).isEqualTo(exported.id());
                    assertThat(f.problem()).contains(exported.headHash()).contains(forgedHeads.get(0));
                });
                assertThat(rewritten.findings()).anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.EXPORT_HEAD_MISMATCH);
                    assertThat(f.sequence()).isEqualTo(head);
                });

                assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> checkpoints.countersign(exported.id())))
                        .isInstanceOf(CheckpointHeadDivergedException.class);
                assertThatThrownBy(() -> auditor.call(() -> checkpoints.record()))
                        .isInstanceOf(ChainContradictsCheckpointException.class);
                int checkpointsBefore = auditor.call(() -> checkpoints.list()).size();
                auditor.call(() -> ledger.exportBundle(new ByteArrayOutputStream()));
                assertThat(auditor.call(() -> checkpoints.list())).as("no checkpoint of a rewritten chain")
                        .hasSize(checkpointsBefore);

                ChainVerification twoExports = auditor.call(() -> ledger.verifyChain());
                assertThat(twoExports.findings()).anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.EXPORTS_DISAGREE);
                    assertThat(f.sequence()).isEqualTo(head);
                    assertThat(f.problem()).contains(exported.headHash()).contains(forgedHeads.get(0));
                });
            } finally {
                restore(connection, original, forgedHeads);
                triggers(connection, postgres, true);
            }
        }
        ChainVerification restored = auditor.call(() -> ledger.verifyChain());
        assertThat(restored.ok()).as(restored.toString()).isTrue();
    }

    /** Recomputes the hashes of entries {@code from..to} after the SQL change and writes them; returns the new head (the last entry). */
    private String rechain(Connection connection, Actors.Actor reader, long from, long to, String previous)
            throws SQLException {
        String hash = previous;
        try (PreparedStatement update = connection.prepareStatement(
                "update journal_entry set previous_hash = ?, hash = ? where sequence = ?")) {
            for (long sequence = from; sequence <= to; sequence++) {
                long s = sequence;
                JournalEntryRecord rechained = reader.call(() -> ledger.entry(s)).chainedAfter(hash);
                update.setString(1, hash);
                update.setString(2, rechained.hash());
                update.setLong(3, sequence);
                assertThat(update.executeUpdate()).isEqualTo(1);
                hash = rechained.hash();
            }
        }
        return hash;
    }

    private static void restore(Connection connection, Map<Long, JournalEntryRecord> original, List<String> forgedHeads)
            throws SQLException {
        JournalEntryRecord first = original.values().iterator().next();
        execute(connection, "update journal_line set amount_minor = "
                + first.lines().get(0).amount().minorUnits() + " where entry_sequence = " + first.sequence());
        try (PreparedStatement update = connection.prepareStatement(
                "update journal_entry set previous_hash = ?, hash = ? where sequence = ?")) {
            for (JournalEntryRecord entry : original.values()) {
                update.setString(1, entry.previousHash());
                update.setString(2, entry.hash());
                update.setLong(3, entry.sequence());
                update.executeUpdate();
            }
        }
        for (String forged : forgedHeads) {
            try (PreparedStatement delete = connection.prepareStatement("delete from audit_record "
                    + "where action = 'LEDGER_EXPORTED' and entity_id = ?")) {
                delete.setString(1, forged);
                delete.executeUpdate();
            }
        }
    }

    /** Drops (H2) or disables (PostgreSQL) the journal's and the audit trail's append-only triggers, or puts them back. */
    private static void triggers(Connection connection, boolean postgres, boolean on) throws SQLException {
        for (String table : List.of("journal_entry", "journal_line", "audit_record")) {
            String trigger = table + "_append_only";
            if (postgres) {
                execute(connection, "alter table " + table + (on ? " enable" : " disable") + " trigger " + trigger);
            } else if (on) {
                execute(connection, "create trigger " + trigger + " before update, delete on " + table
                        + " for each row call 'org.usrok.fund.persistence.h2.AppendOnlyTrigger'");
            } else {
                execute(connection, "drop trigger " + trigger);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
