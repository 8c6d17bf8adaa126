-- Indexes for the auditors' search of the audit trail (AuditTrail.search): newest first, each
-- filter an equality or a time range. V1 already indexes (entity_type, entity_id, occurred_at)
-- and (actor, occurred_at). Portable SQL: the same file runs on H2 and PostgreSQL, and both
-- read a B-tree index backwards for the descending order.

-- no filter, or only a time range: the newest records straight from the index
create index ix_audit_record_occurred on audit_record (occurred_at, id);

-- by action (e.g. every COMPANY_VERIFIED), newest first
create index ix_audit_record_action on audit_record (action, occurred_at);

-- by entity type without an id (e.g. every JournalEntry record), newest first
create index ix_audit_record_type on audit_record (entity_type, occurred_at);
