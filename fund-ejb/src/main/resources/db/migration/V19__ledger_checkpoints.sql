-- Signed checkpoints of the ledger's hash chain (docs/ledger.md, Checkpoints) and the officers'
-- countersignatures. Both tables are written once per row and never changed: the application
-- only inserts into them. Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence ledger_checkpoint_seq start with 1 increment by 50;
create sequence ledger_checkpoint_countersignature_seq start with 1 increment by 50;

create table ledger_checkpoint (
    id           bigint       not null,
    sequence     bigint       not null,
    head_hash    varchar(64)  not null,
    recorded_at  timestamp(6) with time zone not null,
    reason       varchar(16)  not null,
    recorded_by  varchar(64)  not null,
    key_id       varchar(64)  not null,
    signature    varchar(200) not null,
    constraint pk_ledger_checkpoint primary key (id),
    constraint ck_ledger_checkpoint_reason check (reason in ('EXPORT', 'SCHEDULED', 'MANUAL')),
    constraint ck_ledger_checkpoint_sequence check (sequence >= 0)
);

create index ix_ledger_checkpoint_sequence on ledger_checkpoint (sequence, id);

create table ledger_checkpoint_countersignature (
    id               bigint      not null,
    checkpoint_id    bigint      not null,
    government       varchar(2)  not null,
    officer          varchar(64) not null,
    countersigned_at timestamp(6) with time zone not null,
    constraint pk_ledger_checkpoint_countersignature primary key (id),
    constraint fk_ledger_checkpoint_countersignature foreign key (checkpoint_id) references ledger_checkpoint (id),
    constraint uk_ledger_checkpoint_countersignature unique (checkpoint_id, government),
    constraint ck_ledger_checkpoint_countersignature_government check (government in ('US', 'KR'))
);
