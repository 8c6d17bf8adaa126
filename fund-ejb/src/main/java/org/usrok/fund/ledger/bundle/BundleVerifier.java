package org.usrok.fund.ledger.bundle;

import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.verifier.Verification;
import org.usrok.fund.ledger.ChainVerifier;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The offline verifier's checks, without printing or exiting, so tests can call them. A bundle
 * is good when: every data file's SHA-256 equals the manifest's; every file reads strictly;
 * every entry balances per currency; the chain recomputes from 64 zeros with sequences 1..n
 * (the ledger core's {@link ChainVerifier}); the manifest's count, first and last sequence and
 * head hash equal the recomputed ones; {@code hashes.csv} agrees with the journal; every line's
 * account is in {@code accounts.csv} in the line's currency; and every row of
 * {@code balances.csv} equals the sums of the journal's lines; every allocation certificate
 * re-derives and is booked by its entry; and, from version 3, every rate a certificate cites is a
 * row of {@code exchange-rates.csv} with the same value and name. All problems are collected, each
 * naming the file and, where there is one, the first bad entry or the account.
 */
public final class BundleVerifier {

    static final int MAX_UNBALANCED_REPORTED = 20;
    private static final Pattern ALLOCATION_EVENT = Pattern.compile("round-([1-9][0-9]{0,17})-allocation");
    private static final String ALLOCATIONS_EXPENSE = "5100-";
    private static final String RATE_LINE = "rate=";
    private static final Pattern CITED_RATE = Pattern.compile(
            "([A-Z]{3}/[A-Z]{3})\\|((?:0|[1-9][0-9]*)(?:\\.[0-9]+)?)\\|(.*)");
    private static final Pattern RATE_NAME = Pattern.compile("exchange-rate:([1-9][0-9]{0,17}) .*");

    private final Map<String, byte[]> files;
    private final List<Finding> findings = new ArrayList<>();

    private BundleVerifier(Map<String, byte[]> files) {
        this.files = files;
    }

    /** One problem: the file, the first bad entry's sequence or the account where known, and what is wrong. */
    public record Finding(String file, Long sequence, String account, String problem) {

        @Override
        public String toString() {
            return file + (sequence == null ? "" : ", entry " + sequence)
                    + (account == null ? "" : ", account " + account) + ": " + problem;
        }
    }

    /** The outcome: the number of entries read, the recomputed head hash (when the chain holds) and the findings. */
    public record Report(long entries, String headHash, List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.isEmpty();
        }

        @Override
        public String toString() {
            return ok() ? "OK: " + entries + " entries, head " + headHash
                    : findings.stream().map(f -> "BAD: " + f).collect(Collectors.joining("\n"));
        }
    }

    /** Verifies the bundle at {@code path}; an unreadable file or one that is not a ZIP is an {@link IOException}. */
    public static Report verify(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return verify(in);
        }
    }

    public static Report verify(InputStream zip) throws IOException {
        Map<String, byte[]> files;
        try {
            files = LedgerBundleReader.files(zip);
        } catch (BundleFormatException e) {
            return new Report(0, null, List.of(new Finding(e.file(), null, null, e.problem())));
        }
        return verify(files);
    }

    /** Verifies a bundle's files, by name. */
    public static Report verify(Map<String, byte[]> files) {
        return new BundleVerifier(files).run();
    }

    private Report run() {
        BundleManifest manifest = parse(BundleFiles.MANIFEST, LedgerBundleReader::manifest);
        String format = format(manifest);
        for (String name : files.keySet()) {
            if (!name.equals(BundleFiles.MANIFEST) && !BundleFiles.isListed(format, name)) {
                add(name, null, null, "is not a file of " + format);
            }
        }
        if (!files.containsKey(BundleFiles.MANIFEST)) {
            add(BundleFiles.MANIFEST, null, null, "is missing from the bundle");
        }
        checkFileHashes(manifest, format);
        List<BundleAccount> accounts = parse(BundleFiles.ACCOUNTS, LedgerBundleReader::accounts);
        List<JournalEntryRecord> entries = parse(BundleFiles.JOURNAL, LedgerBundleReader::journal);
        List<BundleHash> hashes = parse(BundleFiles.HASHES, LedgerBundleReader::hashes);
        List<BundleBalance> balances = parse(BundleFiles.BALANCES, LedgerBundleReader::balances);
        List<BundleExchangeRate> rates = BundleFiles.FORMAT.equals(format)
                ? parse(BundleFiles.EXCHANGE_RATES, LedgerBundleReader::exchangeRates) : null;
        if (entries == null) {
            return new Report(0, null, findings);
        }
        checkEntriesBalance(entries);
        ChainVerifier.Result chain = ChainVerifier.verify(entries);
        if (!chain.ok()) {
            add(BundleFiles.JOURNAL, chain.firstBadSequence(), null, "the hash chain breaks: " + chain.problem());
        }
        String head = chain.ok() ? chain.headHash() : null;
        if (manifest != null) {
            checkManifest(manifest, entries, head);
        }
        if (hashes != null) {
            checkHashes(hashes, entries);
        }
        if (accounts != null) {
            checkAccounts(accounts, entries, balances);
        }
        if (balances != null) {
            checkBalances(balances, entries);
        }
        checkCertificates(entries);
        if (rates != null) {
            checkCertifiedRates(rates);
        }
        return new Report(entries.size(), head, findings);
    }

    /**
     * The format the manifest names; without a readable manifest, the current one when the bundle
     * holds {@code exchange-rates.csv} and version 2 otherwise, so that the files of the bundle
     * that arrived are checked rather than those of a format it does not claim.
     */
    private String format(BundleManifest manifest) {
        if (manifest != null) {
            return manifest.format();
        }
        return files.containsKey(BundleFiles.EXCHANGE_RATES) ? BundleFiles.FORMAT : BundleFiles.FORMAT_V2;
    }

    private <T> T parse(String name, Function<byte[], T> reader) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            return null;
        }
        try {
            return reader.apply(bytes);
        } catch (BundleFormatException e) {
            add(e.file(), null, null, (e.line() > 0 ? "line " + e.line() + ": " : "") + e.problem());
            return null;
        }
    }

    private void checkFileHashes(BundleManifest manifest, String format) {
        Set<String> listed = new TreeSet<>(BundleFiles.dataFiles(format));
        files.keySet().stream().filter(n -> BundleFiles.certificateRound(n) != null).forEach(listed::add);
        if (manifest != null) {
            manifest.sha256().keySet().stream().filter(n -> BundleFiles.certificateRound(n) != null).forEach(listed::add);
        }
        for (String name : listed) {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                add(name, null, null, "is missing from the bundle");
            } else if (manifest != null) {
                String actual = LedgerBundleWriter.sha256(bytes);
                String declared = manifest.sha256().get(name);
                if (declared == null) {
                    add(name, null, null, "is not listed in the manifest: the file was not exported");
                } else if (!actual.equals(declared)) {
                    add(name, null, null, "its SHA-256 is " + actual + " but the manifest says " + declared
                            + ": the file is not the one exported");
                }
            }
        }
    }

    private void checkEntriesBalance(List<JournalEntryRecord> entries) {
        int unbalanced = 0;
        for (JournalEntryRecord entry : entries) {
            Optional<String> why = entry.imbalance();
            if (why.isPresent() && ++unbalanced <= MAX_UNBALANCED_REPORTED) {
                add(BundleFiles.JOURNAL, entry.sequence(), null, "does not balance: " + why.get());
            }
        }
        if (unbalanced > MAX_UNBALANCED_REPORTED) {
            add(BundleFiles.JOURNAL, null, null, (unbalanced - MAX_UNBALANCED_REPORTED)
                    + " more entries do not balance");
        }
    }

    private void checkManifest(BundleManifest manifest, List<JournalEntryRecord> entries, String head) {
        String file = BundleFiles.MANIFEST;
        if (manifest.entries() != entries.size()) {
            add(file, null, null, "entries is " + manifest.entries() + " but journal.csv has " + entries.size());
        }
        Long first = entries.isEmpty() ? null : entries.get(0).sequence();
        Long last = entries.isEmpty() ? null : entries.get(entries.size() - 1).sequence();
        if (!Objects.equals(manifest.firstSequence(), first)) {
            add(file, null, null, "first-sequence is " + dash(manifest.firstSequence()) + " but journal.csv starts at "
                    + dash(first));
        }
        if (!Objects.equals(manifest.lastSequence(), last)) {
            add(file, null, null, "last-sequence is " + dash(manifest.lastSequence()) + " but journal.csv ends at "
                    + dash(last));
        }
        if (head != null && !head.equals(manifest.headHash())) {
            add(file, null, null, "head-hash is " + manifest.headHash() + " but the journal's chain recomputes to "
                    + head);
        }
    }

    private static String dash(Long sequence) {
        return sequence == null ? "-" : sequence.toString();
    }

    private void checkHashes(List<BundleHash> hashes, List<JournalEntryRecord> entries) {
        for (int i = 0; i < Math.max(hashes.size(), entries.size()); i++) {
            if (i >= hashes.size()) {
                add(BundleFiles.HASHES, entries.get(i).sequence(), null, "has no row for this entry of journal.csv");
                return;
            }
            BundleHash row = hashes.get(i);
            if (i >= entries.size()) {
                add(BundleFiles.HASHES, row.sequence(), null, "lists an entry that journal.csv does not have");
                return;
            }
            JournalEntryRecord entry = entries.get(i);
            if (row.sequence() != entry.sequence() || !row.previousHash().equals(entry.previousHash())
                    || !row.hash().equals(entry.hash())) {
                add(BundleFiles.HASHES, entry.sequence(), null, "line " + (i + 2) + " (entry " + row.sequence()
                        + ") differs from journal.csv's entry " + entry.sequence());
                return;
            }
        }
    }

    private void checkAccounts(List<BundleAccount> accounts, List<JournalEntryRecord> entries,
                               List<BundleBalance> balances) {
        Map<String, BundleAccount> chart = accounts.stream()
                .collect(Collectors.toMap(BundleAccount::code, a -> a, (a, b) -> a, LinkedHashMap::new));
        Set<String> reported = new HashSet<>();
        for (JournalEntryRecord entry : entries) {
            for (JournalLine line : entry.lines()) {
                BundleAccount account = chart.get(line.account());
                CurrencyCode currency = line.amount().currency();
                if (account == null) {
                    if (reported.add(line.account())) {
                        add(BundleFiles.JOURNAL, entry.sequence(), line.account(), "is not in accounts.csv");
                    }
                } else if (account.currency() != currency && reported.add(line.account() + " " + currency)) {
                    add(BundleFiles.JOURNAL, entry.sequence(), line.account(), "is a " + account.currency()
                            + " account but a line posts " + currency + " to it");
                }
            }
        }
        if (balances == null) {
            return;
        }
        for (BundleBalance balance : balances) {
            BundleAccount account = chart.get(balance.account());
            if (account == null) {
                add(BundleFiles.BALANCES, null, balance.account(), "is not in accounts.csv");
            } else if (account.currency() != balance.currency()) {
                add(BundleFiles.BALANCES, null, balance.account(), "is a " + account.currency()
                        + " account but its balance is in " + balance.currency());
            }
        }
    }

    private record Key(String account, CurrencyCode currency) {
    }

    private void checkBalances(List<BundleBalance> balances, List<JournalEntryRecord> entries) {
        Map<Key, long[]> totals = new LinkedHashMap<>();
        Map<Key, Long> firstEntry = new LinkedHashMap<>();
        for (JournalEntryRecord entry : entries) {
            for (JournalLine line : entry.lines()) {
                Key key = new Key(line.account(), line.amount().currency());
                long[] sums = totals.computeIfAbsent(key, k -> new long[2]);
                int side = line.side() == Side.DEBIT ? 0 : 1;
                sums[side] = Math.addExact(sums[side], line.amount().minorUnits());
                firstEntry.putIfAbsent(key, entry.sequence());
            }
        }
        for (BundleBalance balance : balances) {
            long[] sums = totals.remove(new Key(balance.account(), balance.currency()));
            long debits = sums == null ? 0 : sums[0];
            long credits = sums == null ? 0 : sums[1];
            List<String> wrong = new ArrayList<>();
            compare(wrong, "debit_total", balance.debitTotal(), debits);
            compare(wrong, "credit_total", balance.creditTotal(), credits);
            compare(wrong, "balance", balance.balance(), Math.subtractExact(debits, credits));
            if (!wrong.isEmpty()) {
                add(BundleFiles.BALANCES, null, balance.account(), String.join("; ", wrong));
            }
        }
        totals.forEach((key, sums) -> add(BundleFiles.BALANCES, firstEntry.get(key), key.account(),
                "has " + key.currency() + " lines in journal.csv (debits " + amount(sums[0], key.currency())
                        + ", credits " + amount(sums[1], key.currency()) + ") but no row"));
    }

    private static void compare(List<String> wrong, String column, Money stated, long recomputed) {
        if (stated.minorUnits() != recomputed) {
            wrong.add(column + " is " + stated.amount().toPlainString() + " but the journal's lines give "
                    + amount(recomputed, stated.currency()));
        }
    }

    private static String amount(long minor, CurrencyCode currency) {
        return Money.ofMinor(minor, currency).amount().toPlainString();
    }

    /**
     * Every committed allocation's certificate re-derives from its own inputs; the journal's entry
     * {@code round-<id>-allocation} names the certificate's SHA-256 and debits, per currency,
     * exactly the certificate's shares; and every such entry has its certificate in the bundle.
     */
    private void checkCertificates(List<JournalEntryRecord> entries) {
        Map<Long, JournalEntryRecord> allocationEntries = new LinkedHashMap<>();
        for (JournalEntryRecord entry : entries) {
            Matcher m = ALLOCATION_EVENT.matcher(entry.eventId());
            if (m.matches()) {
                allocationEntries.put(Long.valueOf(m.group(1)), entry);
            }
        }
        Set<Long> certified = new HashSet<>();
        for (var file : files.entrySet()) {
            Long round = BundleFiles.certificateRound(file.getKey());
            if (round == null) {
                continue;
            }
            certified.add(round);
            String text;
            try {
                text = Csv.utf8(file.getKey(), file.getValue());
            } catch (BundleFormatException e) {
                add(file.getKey(), null, null, e.problem());
                continue;
            }
            Verification derived = CertificateVerifier.verify(text);
            if (!derived.ok()) {
                add(file.getKey(), null, null, "the shares do not follow from the certificate's inputs: "
                        + derived.problems().get(0));
            }
            JournalEntryRecord entry = allocationEntries.get(round);
            if (entry == null) {
                add(file.getKey(), null, null, "no journal entry round-" + round + "-allocation books this allocation");
                continue;
            }
            String digest = LedgerBundleWriter.sha256(file.getValue());
            if (entry.description() == null || !entry.description().contains("certificate " + digest)) {
                add(file.getKey(), entry.sequence(), null, "the entry does not name this certificate (SHA-256 "
                        + digest + ")");
            }
            Map<CurrencyCode, Long> shares = currencies(CertificateVerifier.paidTotals(text));
            Map<CurrencyCode, Long> booked = new EnumMap<>(CurrencyCode.class);
            for (JournalLine line : entry.lines()) {
                if (line.side() == Side.DEBIT && line.account().startsWith(ALLOCATIONS_EXPENSE)) {
                    booked.merge(line.amount().currency(), line.amount().minorUnits(), Long::sum);
                }
            }
            if (shares != null && !shares.equals(booked)) {
                add(file.getKey(), entry.sequence(), null, "the certificate's shares total " + totals(shares)
                        + " but the entry books " + totals(booked));
            }
        }
        allocationEntries.forEach((round, entry) -> {
            if (!certified.contains(round)) {
                add(BundleFiles.certificate(round), entry.sequence(), null,
                        "is missing: the journal books an allocation of round " + round + " without its certificate");
            }
        });
    }

    /**
     * Every certificate's exchange rate is one the fund recorded, as recorded: the name in its
     * {@code rate=} line starts with {@code exchange-rate:<id> }, that id is a row of
     * {@code exchange-rates.csv}, the line's pair and rate equal the row's (as numbers, so 1385.2 =
     * 1385.20), and the name is exactly the one the application builds from the row
     * ({@link BundleExchangeRate#citedName()}). Re-deriving a certificate only proves its shares
     * follow from the rate it states; this proves the rate is the fund's. The line is read here,
     * not by the allocation core, so the check does not rest on the code whose results it checks.
     * A name that differs from the row's only by the line's own pair or rate is not reported twice.
     */
    private void checkCertifiedRates(List<BundleExchangeRate> rates) {
        Map<Long, BundleExchangeRate> byId = rates.stream()
                .collect(Collectors.toMap(BundleExchangeRate::id, Function.identity()));
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (BundleFiles.certificateRound(name) == null) {
                continue;
            }
            String text;
            try {
                text = Csv.utf8(name, file.getValue());
            } catch (BundleFormatException e) {
                continue;
            }
            List<String> rateLines = text.lines().filter(l -> l.startsWith(RATE_LINE)).toList();
            if (rateLines.size() != 1) {
                add(name, null, null, "has " + rateLines.size() + " rate= lines instead of one: its rate cannot be "
                        + "checked against exchange-rates.csv");
                continue;
            }
            String value = rateLines.get(0).substring(RATE_LINE.length());
            if (value.equals("-")) {
                continue;
            }
            Matcher line = CITED_RATE.matcher(value);
            if (!line.matches()) {
                add(name, null, null, "its rate= line '" + value + "' is not <base>/<quote>|<rate>|<name>");
                continue;
            }
            String pair = line.group(1);
            BigDecimal rate = new BigDecimal(line.group(2));
            String cited = line.group(3);
            Matcher id = RATE_NAME.matcher(cited);
            if (!id.matches()) {
                add(name, null, null, "the certificate's rate " + pair + " " + line.group(2) + " is named '" + cited
                        + "', which is not exchange-rate:<id> ...: it cites no recorded rate");
                continue;
            }
            String certified = "the certificate's rate " + pair + " " + line.group(2) + " (exchange-rate:"
                    + id.group(1) + ")";
            BundleExchangeRate row = byId.get(Long.valueOf(id.group(1)));
            if (row == null) {
                add(name, null, null, certified + " is not in exchange-rates.csv");
                continue;
            }
            String recordedPair = row.base() + "/" + row.quote();
            boolean sameRate = pair.equals(recordedPair) && rate.compareTo(row.rate()) == 0;
            if (!sameRate) {
                add(name, null, null, certified + " differs from exchange-rates.csv: " + recordedPair + " "
                        + row.rate().toPlainString());
            }
            String withLinesRate = BundleExchangeRate.name(row.id(), pair, rate, row.source(), row.effectiveOn());
            if (!cited.equals(row.citedName()) && !cited.equals(withLinesRate)) {
                add(name, null, null, "the certificate names its rate '" + cited + "' but exchange-rates.csv names "
                        + "exchange-rate:" + row.id() + " '" + row.citedName() + "'");
            }
        }
    }

    /** The verifier's totals by currency code, as currencies; null (a share line that does not read) stays null. */
    private static Map<CurrencyCode, Long> currencies(Map<String, Long> byCode) {
        if (byCode == null) {
            return null;
        }
        Map<CurrencyCode, Long> totals = new EnumMap<>(CurrencyCode.class);
        for (var e : byCode.entrySet()) {
            try {
                totals.put(CurrencyCode.valueOf(e.getKey()), e.getValue());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return totals;
    }

    private static String totals(Map<CurrencyCode, Long> totals) {
        return totals.isEmpty() ? "nothing" : totals.entrySet().stream()
                .map(e -> e.getKey() + " " + amount(e.getValue(), e.getKey())).collect(Collectors.joining(" and "));
    }

    private void add(String file, Long sequence, String account, String problem) {
        findings.add(new Finding(file, sequence, account, problem));
    }
}
