-- Refused attempts to move money or to break a governance rule are audited too (issue 14): a
-- record's outcome is DONE (a change that committed, as every record before this migration) or
-- REFUSED (an attempt a business rule turned down: the rule's stable name, the API's problem type,
-- and the English message, and no snapshots). Audit records carry no hash, so no older record
-- needs re-hashing; the new columns only describe what was already true of them: DONE.
-- Portable SQL (H2 and PostgreSQL), hence one file in db/migration.

alter table audit_record add column outcome varchar(16) default 'DONE' not null;
alter table audit_record add column refusal_rule varchar(64);
alter table audit_record add column refusal_message varchar(2000);

alter table audit_record add constraint ck_audit_record_outcome check (outcome in ('DONE', 'REFUSED'));
-- a refusal names its rule and message; a change has neither
alter table audit_record add constraint ck_audit_record_refusal check (
    (outcome = 'REFUSED' and refusal_rule is not null and refusal_message is not null
        and before_state is null and after_state is null)
    or (outcome = 'DONE' and refusal_rule is null and refusal_message is null));

-- the auditors' filter outcome=REFUSED, newest first; refusals are few, so the index stays selective
create index ix_audit_record_outcome on audit_record (outcome, occurred_at);
