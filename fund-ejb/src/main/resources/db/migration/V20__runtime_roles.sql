-- The application's runtime database user is not the schema owner (docs/operations.md).
-- After every migration, RuntimeGrants (org.usrok.fund.persistence) gives that user, per table,
-- exactly the privileges listed here; a table not listed is append-only for it: SELECT and
-- INSERT, never UPDATE, DELETE or TRUNCATE. So a new append-only table (the journal, the audit
-- trail, a checkpoint table) needs nothing here, and a migration that adds a table the
-- application updates or deletes from lists it as READ_WRITE in the same file.
--   NONE        no privilege (Flyway's history, this table)
--   READ        SELECT (reference data that only migrations change)
--   LOCK        SELECT and UPDATE, for a row that is only ever locked (SELECT ... FOR UPDATE
--               needs UPDATE on PostgreSQL); it carries no data
--   READ_WRITE  SELECT, INSERT, UPDATE, DELETE (workflow tables)
create table runtime_table_access (
    table_name varchar(128) not null,
    access     varchar(12)  not null,
    constraint pk_runtime_table_access primary key (table_name),
    constraint ck_runtime_table_access check (access in ('NONE', 'READ', 'LOCK', 'READ_WRITE'))
);

insert into runtime_table_access (table_name, access) values
    ('flyway_schema_history', 'NONE'),
    ('runtime_table_access', 'NONE'),
    ('ledger_account', 'READ'),
    ('journal_truncate_guard', 'READ'),
    ('audit_truncate_guard', 'READ'),
    ('ledger_posting_lock', 'LOCK'),
    ('user_account', 'READ_WRITE'),
    ('user_role', 'READ_WRITE'),
    ('company', 'READ_WRITE'),
    ('idempotency_record', 'READ_WRITE'),
    ('critical_material', 'READ_WRITE'),
    ('cost_category', 'READ_WRITE'),
    ('funding_round', 'READ_WRITE'),
    ('round_material', 'READ_WRITE'),
    ('round_cost_category', 'READ_WRITE'),
    ('fund_application', 'READ_WRITE'),
    ('application_material', 'READ_WRITE'),
    ('application_source', 'READ_WRITE'),
    ('diversification_claim', 'READ_WRITE'),
    ('claim_line', 'READ_WRITE'),
    ('attachment', 'READ_WRITE'),
    ('attachment_content', 'READ_WRITE'),
    ('notification', 'READ_WRITE'),
    ('contribution_receipt', 'READ_WRITE'),
    ('exchange_rate', 'READ_WRITE'),
    ('allocation_scenario', 'READ_WRITE'),
    ('allocation_share', 'READ_WRITE'),
    ('allocation_pool_outcome', 'READ_WRITE'),
    ('allocation_certificate', 'READ_WRITE'),
    ('allocation_commitment', 'READ_WRITE'),
    ('payout_account', 'READ_WRITE'),
    ('disbursement_batch', 'READ_WRITE'),
    ('disbursement_batch_skip', 'READ_WRITE'),
    ('disbursement_file', 'READ_WRITE'),
    ('payment', 'READ_WRITE'),
    ('payment_item', 'READ_WRITE'),
    ('recovery', 'READ_WRITE'),
    ('recovery_receipt', 'READ_WRITE');

-- The chain head is no longer a row the application updates: it is the last journal entry
-- (append-only), read under the posting lock below. The lock row only serialises posters, so
-- the chain never forks and sequences have no gaps; it holds nothing that could be tampered with.
drop table ledger_chain_head;

create table ledger_posting_lock (
    id integer not null,
    constraint pk_ledger_posting_lock primary key (id),
    constraint ck_ledger_posting_lock_single check (id = 1)
);

insert into ledger_posting_lock (id) values (1);
