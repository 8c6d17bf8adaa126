package org.usrok.fund.ledger;

import jakarta.persistence.EntityManager;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored chain for the services that check it (the ledger's own verification, the
 * checkpoints): the head (the last entry), and the entries 1..last in chain order, 500 at a time with the
 * persistence context cleared after each batch, so only the records stay in memory.
 */
public final class ChainReader {

    private ChainReader() {
    }

    /** The chain head: the last entry's sequence and hash (0 and the genesis hash for an empty journal). */
    public record Head(long sequence, String hash) implements Serializable {
    }

    public static Head head(EntityManager em) {
        return em.createQuery("select e.sequence, e.hash from JournalEntry e order by e.sequence desc", Object[].class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(row -> new Head((Long) row[0], (String) row[1]))
                .orElse(new Head(0, ChainHash.GENESIS));
    }

    public static List<JournalEntryRecord> through(EntityManager em, long last) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        int batch = 500;
        for (long from = 1; ; from += batch) {
            List<JournalEntry> entries = em.createQuery("select e from JournalEntry e where e.sequence >= :from "
                            + "and e.sequence < :to and e.sequence <= :last order by e.sequence", JournalEntry.class)
                    .setParameter("from", from).setParameter("to", from + batch).setParameter("last", last)
                    .getResultList();
            entries.forEach(e -> chain.add(e.toRecord()));
            em.clear();
            if (entries.size() < batch) {
                break;
            }
        }
        return chain;
    }
}
