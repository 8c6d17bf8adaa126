-- The audit trail is append-only in the embedded H2 database too, as the journal is (V8): any
-- UPDATE or DELETE of audit_record is refused by a trigger, even for the schema owner, and the
-- empty guard table below refers to it, so H2 refuses to truncate it.

create trigger audit_record_append_only before update, delete on audit_record
    for each row call 'org.usrok.fund.persistence.h2.AppendOnlyTrigger';

create table audit_truncate_guard (
    audit_id bigint not null,
    constraint fk_audit_truncate_guard foreign key (audit_id) references audit_record (id)
);
