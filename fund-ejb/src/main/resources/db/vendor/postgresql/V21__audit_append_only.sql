-- The audit trail is append-only in the database, as the journal is (V3): any UPDATE, DELETE or
-- TRUNCATE of audit_record is refused, even for the schema owner. The runtime user has no such
-- privilege anyway (V20, docs/operations.md); these triggers also hold against the owner.

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'P0001';
end
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_append_only();
