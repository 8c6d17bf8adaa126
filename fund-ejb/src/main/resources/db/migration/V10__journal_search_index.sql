-- Indexes for the auditors' journal search (LedgerService.journal with a JournalQuery) and the
-- balances as of a date (LedgerService.balancesAsOf). The event id already has its unique
-- index and journal_line (account_code, entry_sequence) serves the account filter. Portable SQL
-- for H2 and PostgreSQL; on PostgreSQL the append-only triggers (V3) do not concern indexes.

-- an effective-date range, and the balances of all entries effective up to a date
create index ix_journal_entry_effective on journal_entry (effective_date, sequence);

-- the entries that reverse a given entry (the entry page's link back from the original)
create index ix_journal_entry_reverses on journal_entry (reverses);
