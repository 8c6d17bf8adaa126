package org.usrok.fund.ledger.checkpoint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.ChainReader;
import org.usrok.fund.ledger.PostingLock;
import org.usrok.fund.ledger.ChainVerifier;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.bundle.BundleCheckpoint;
import org.usrok.fund.ledger.bundle.BundleCheckpoints;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Signed checkpoints of the chain head and their countersignatures. Rules enforced here for every
 * caller:
 * <ul>
 * <li>the fund signs a head (with its key, {@link CheckpointKeys}) only when the stored chain
 *     recomputes up to it and agrees with every earlier checkpoint
 *     ({@link ChainContradictsCheckpointException}); an export or the timer then records none and
 *     logs why, a manual request is refused;</li>
 * <li>checkpoints are recorded at every export, by the timer only when the head moved since the
 *     latest checkpoint, and on request of an auditor or officer; each is audited;</li>
 * <li>only officers countersign, once per government and checkpoint
 *     ({@link CheckpointAlreadyCountersignedException}: a second officer of the same government,
 *     or the same officer again, is refused), and only a checkpoint the chain still agrees with
 *     and whose signature verifies ({@link CheckpointHeadDivergedException}); concurrent
 *     countersignatures are serialised by the ledger's posting lock (the runtime database user may
 *     only append to the checkpoint tables, so cannot lock their rows), and a unique key holds one
 *     countersignature per checkpoint and government;</li>
 * <li>nothing recorded here is ever changed or deleted.</li>
 * </ul>
 */
@Stateless
public class CheckpointService {

    static final String TIMER_ACTOR = "checkpoint-timer";
    private static final Logger LOG = Logger.getLogger(CheckpointService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private CheckpointKeys keys;

    @Inject
    private CurrentActor currentActor;

    /** Every checkpoint, newest head first, with its countersignatures and whether the caller may countersign it. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<CheckpointSummary> list() {
        Actor actor = currentActor.get();
        List<LedgerCheckpoint> checkpoints = em.createQuery("select c from LedgerCheckpoint c "
                + "order by c.sequence desc, c.id desc", LedgerCheckpoint.class).getResultList();
        Map<Long, List<CheckpointCountersignature>> countersignatures = em.createQuery(
                        "select s from CheckpointCountersignature s order by s.countersignedAt, s.id",
                        CheckpointCountersignature.class).getResultStream()
                .collect(Collectors.groupingBy(CheckpointCountersignature::getCheckpointId));
        return checkpoints.stream().map(c -> summary(c, countersignatures.getOrDefault(c.getId(), List.of()), actor))
                .toList();
    }

    /** One checkpoint with its countersignatures. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public CheckpointSummary checkpoint(long id) {
        LedgerCheckpoint checkpoint = em.find(LedgerCheckpoint.class, id);
        if (checkpoint == null) {
            throw new EntityNotFoundException(LedgerCheckpoint.ENTITY, id);
        }
        return summary(checkpoint, countersignaturesOf(id), currentActor.get());
    }

    /**
     * What an export bundle carries of the checkpoints (version 4): the fund's public key as
     * published and every checkpoint up to {@code last}, by sequence and id, with its
     * countersignatures, exactly as stored; a checkpoint the chain no longer agrees with is
     * exported too, for the offline verifier to report.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BundleCheckpoints forExport(long last) {
        Map<Long, List<CheckpointCountersignature>> countersignatures = em.createQuery(
                        "select s from CheckpointCountersignature s order by s.countersignedAt, s.id",
                        CheckpointCountersignature.class).getResultStream()
                .collect(Collectors.groupingBy(CheckpointCountersignature::getCheckpointId));
        List<BundleCheckpoint> exported = em.createQuery("select c from LedgerCheckpoint c where c.sequence <= :last "
                        + "order by c.sequence, c.id", LedgerCheckpoint.class).setParameter("last", last)
                .getResultStream().map(c -> {
                    CheckpointText text = c.text();
                    return new BundleCheckpoint(c.getId(), c.getSequence(), c.getHeadHash(), text.recordedAt(),
                            text.reason().name(), c.getRecordedBy(), c.getKeyId(), c.getSignature(),
                            countersignatures.getOrDefault(c.getId(), List.of()).stream()
                                    .map(CheckpointCountersignature::toSummary)
                                    .map(s -> new BundleCheckpoint.BundleCountersignature(s.government().name(),
                                            s.officer(), s.countersignedAt())).toList());
                }).toList();
        return new BundleCheckpoints(keys.published().pem(), exported);
    }

    /** The fund's public key as published, for anyone signed in: a public key is meant to be copied and pinned. */
    @PermitAll
    public CheckpointPublicKey publicKey() {
        return keys.published();
    }

    /** A checkpoint of the current head, asked for by an auditor or officer; refused when the chain contradicts an earlier one. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public CheckpointSummary record() {
        ChainReader.Head head = ChainReader.head(em);
        List<JournalEntryRecord> chain = ChainReader.through(em, head.sequence());
        String refusal = refusal(chain);
        if (refusal != null) {
            throw new ChainContradictsCheckpointException(refusal);
        }
        LedgerCheckpoint checkpoint = sign(chain, CheckpointReason.MANUAL, caller());
        return summary(checkpoint, List.of(), currentActor.get());
    }

    /**
     * The checkpoint of an export, in the export's transaction: the head of exactly the entries
     * exported. When the chain contradicts an earlier checkpoint the export still goes out (the
     * auditors need it to see the problem) but the fund signs nothing, and says so in the log.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Long> recordAtExport(List<JournalEntryRecord> exported) {
        String refusal = refusal(throughLatestCheckpoint(exported));
        if (refusal != null) {
            LOG.warning(() -> "Ledger checkpoint: none recorded for the export of entry " + exported.size() + ": "
                    + refusal);
            return Optional.empty();
        }
        return Optional.of(sign(exported, CheckpointReason.EXPORT, caller()).getId());
    }

    /**
     * The timer's checkpoint ({@link CheckpointTimer}): only when the head moved since the latest
     * checkpoint, and never for a chain that contradicts one (logged instead).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<Long> recordScheduled() {
        ChainReader.Head head = ChainReader.head(em);
        boolean moved = em.createQuery("select c from LedgerCheckpoint c order by c.sequence desc, c.id desc",
                        LedgerCheckpoint.class).setMaxResults(1).getResultStream().findFirst()
                .map(latest -> latest.getSequence() != head.sequence() || !latest.getHeadHash().equals(head.hash()))
                .orElse(true);
        if (!moved) {
            return Optional.empty();
        }
        List<JournalEntryRecord> chain = ChainReader.through(em, head.sequence());
        String refusal = refusal(chain);
        if (refusal != null) {
            LOG.warning(() -> "Ledger checkpoint: no scheduled checkpoint of entry " + head.sequence() + ": " + refusal);
            return Optional.empty();
        }
        return Optional.of(sign(chain, CheckpointReason.SCHEDULED, TIMER_ACTOR).getId());
    }

    /**
     * Countersigns a checkpoint for the calling officer's government, after checking that the
     * government has not countersigned it yet and that the chain still agrees with it.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public CheckpointSummary countersign(long id) {
        Actor actor = currentActor.get();
        CountryCode government = actor.has(Role.OFFICER_US) ? CountryCode.US : CountryCode.KR;
        PostingLock.acquire(em);
        LedgerCheckpoint checkpoint = em.find(LedgerCheckpoint.class, id);
        if (checkpoint == null) {
            throw new EntityNotFoundException(LedgerCheckpoint.ENTITY, id);
        }
        List<CheckpointCountersignature> existing = countersignaturesOf(id);
        for (CheckpointCountersignature other : existing) {
            if (other.getGovernment() == government || other.getOfficer().equals(actor.username())) {
                throw new CheckpointAlreadyCountersignedException(id, other.getGovernment(), other.getOfficer());
            }
        }
        String diverged = divergence(checkpoint);
        if (diverged != null) {
            throw new CheckpointHeadDivergedException(id, checkpoint.getSequence(), diverged);
        }
        CheckpointCountersignature countersignature = CheckpointCountersignature.of(id, government, actor.username(),
                Clock.now());
        em.persist(countersignature);
        audit.record("CHECKPOINT_COUNTERSIGNED", LedgerCheckpoint.ENTITY, id, null, countersignature.toSummary());
        List<CheckpointCountersignature> now = new ArrayList<>(existing);
        now.add(countersignature);
        return summary(checkpoint, now, actor);
    }

    /** Why the chain no longer agrees with {@code checkpoint}, or null when it does. */
    private String divergence(LedgerCheckpoint checkpoint) {
        List<JournalEntryRecord> chain = ChainReader.through(em, checkpoint.getSequence());
        ChainVerifier.Result result = ChainVerifier.verify(chain);
        if (!result.ok()) {
            return "the chain does not recompute up to it: " + result;
        }
        if (chain.size() != checkpoint.getSequence()) {
            return "the chain ends at entry " + chain.size();
        }
        if (!result.headHash().equals(checkpoint.getHeadHash())) {
            return "entry " + checkpoint.getSequence() + " now has hash " + result.headHash();
        }
        if (!checkpoint.getKeyId().equals(keys.published().keyId())
                || !CheckpointSigning.verify(keys.publicKey(), checkpoint.text(), checkpoint.getSignature())) {
            return "the fund's signature does not verify with key " + keys.published().keyId();
        }
        return null;
    }

    private List<CheckpointCountersignature> countersignaturesOf(long id) {
        return em.createQuery("select s from CheckpointCountersignature s where s.checkpointId = :id "
                        + "order by s.countersignedAt, s.id", CheckpointCountersignature.class)
                .setParameter("id", id).getResultList();
    }

    /** The checks of {@link CheckpointChecks} for a chain read by the caller, with the number of checkpoints. */
    public record Checked(long checkpoints, List<CheckpointFinding> findings) implements Serializable {
    }

    /** Checks {@code chain} against every stored checkpoint and every {@code LEDGER_EXPORTED} audit record. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Checked check(List<JournalEntryRecord> chain) {
        List<SignedCheckpoint> checkpoints = signedCheckpoints();
        return new Checked(checkpoints.size(), CheckpointChecks.check(chain, checkpoints, keys.publicKey(),
                exportedHeads()));
    }

    private List<SignedCheckpoint> signedCheckpoints() {
        return em.createQuery("select c from LedgerCheckpoint c order by c.sequence, c.id", LedgerCheckpoint.class)
                .getResultStream().map(LedgerCheckpoint::toSigned).toList();
    }

    /**
     * What every export record says was handed out. {@code LedgerService.exportBundle} writes
     * action {@code LEDGER_EXPORTED} with the {@code LedgerExported} snapshot as "after"
     * ({@code lastSequence}, {@code headHash}); an export of an empty journal has no last sequence.
     */
    private List<ExportedHead> exportedHeads() {
        return em.createQuery("select r.id, r.occurredAt, r.actor, r.afterState from AuditRecord r "
                        + "where r.action = 'LEDGER_EXPORTED' order by r.id", Object[].class)
                .getResultStream().map(r -> exportedHead(((Number) r[0]).longValue(), (Instant) r[1], (String) r[2],
                        (String) r[3]))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<ExportedHead> exportedHead(long id, Instant at, String actor, String after) {
        if (after == null) {
            return Optional.empty();
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(after))) {
            json = reader.readObject();
        }
        JsonValue last = json.get("lastSequence");
        if (last == null || last.getValueType() != JsonValue.ValueType.NUMBER || !json.containsKey("headHash")) {
            return Optional.empty();
        }
        return Optional.of(new ExportedHead(id, at, actor, json.getJsonNumber("lastSequence").longValue(),
                json.getString("headHash")));
    }

    /** Why the fund must not sign the head of {@code chain}, or null when it may. */
    /**
     * The exported chain, or, when a checkpoint lies beyond it, the stored chain up to that
     * checkpoint. An entry posted and checkpointed after the export read its head is no
     * contradiction (the stored chain extends the exported one and agrees with the checkpoint),
     * while entries removed below a checkpoint still are: the stored chain then ends before it.
     */
    private List<JournalEntryRecord> throughLatestCheckpoint(List<JournalEntryRecord> exported) {
        Long latest = em.createQuery("select max(c.sequence) from LedgerCheckpoint c", Long.class).getSingleResult();
        return latest != null && latest > exported.size() ? ChainReader.through(em, latest) : exported;
    }

    private String refusal(List<JournalEntryRecord> chain) {
        ChainVerifier.Result result = ChainVerifier.verify(chain);
        if (!result.ok()) {
            return "the chain does not recompute: " + result;
        }
        return CheckpointChecks.check(chain, signedCheckpoints(), keys.publicKey(), List.of()).stream()
                .filter(f -> f.kind().contradictsChain()).map(CheckpointFinding::toString).findFirst().orElse(null);
    }

    private LedgerCheckpoint sign(List<JournalEntryRecord> chain, CheckpointReason reason, String actor) {
        String head = chain.isEmpty() ? ChainHash.GENESIS : chain.get(chain.size() - 1).hash();
        CheckpointText text = new CheckpointText(chain.size(), head, Clock.now(), reason);
        LedgerCheckpoint checkpoint = LedgerCheckpoint.signed(text, actor, keys.published().keyId(), keys.sign(text));
        em.persist(checkpoint);
        audit.recordAs(actor, "CHECKPOINT_RECORDED", LedgerCheckpoint.ENTITY, checkpoint.getId(), null,
                summary(checkpoint, List.of(), null));
        return checkpoint;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /**
     * The checkpoint for {@code viewer}: they may countersign when they are an officer, neither
     * their government nor they have countersigned yet (whether the head still matches is checked
     * when they do, as it costs a chain recomputation).
     */
    private static CheckpointSummary summary(LedgerCheckpoint c, List<CheckpointCountersignature> countersignatures,
                                             Actor viewer) {
        boolean may = viewer != null && viewer.isOfficer() && countersignatures.stream().noneMatch(s ->
                s.getOfficer().equals(viewer.username())
                        || s.getGovernment() == (viewer.has(Role.OFFICER_US) ? CountryCode.US : CountryCode.KR));
        CheckpointText text = c.text();
        return new CheckpointSummary(c.getId(), c.getSequence(), c.getHeadHash(), text.recordedAt(), text.reason(),
                c.getRecordedBy(), c.getKeyId(), c.getSignature(), text.text(),
                countersignatures.stream().map(CheckpointCountersignature::toSummary).toList(), may);
    }
}
