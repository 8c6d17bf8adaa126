-- Recoveries (clawbacks) of money paid to a company in error, and the receipts that settle them.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence recovery_seq start with 1 increment by 50;
create sequence recovery_receipt_seq start with 1 increment by 50;

create table recovery (
    id                   bigint        not null,
    version              bigint        not null,
    company_id           bigint        not null,
    country              varchar(2)    not null,
    round_id             bigint,
    currency             varchar(3)    not null,
    amount_minor         bigint        not null,
    recovered_minor      bigint        not null,
    reason               varchar(2000) not null,
    status               varchar(24)   not null,
    opened_by            varchar(64)   not null,
    opened_at            timestamp(6) with time zone not null,
    approved_by          varchar(64),
    approved_at          timestamp(6) with time zone,
    receivable_sequence  bigint,
    closed_by            varchar(64),
    closed_at            timestamp(6) with time zone,
    closing_reason       varchar(2000),
    created_at           timestamp(6) with time zone not null,
    created_by           varchar(64)   not null,
    updated_at           timestamp(6) with time zone not null,
    updated_by           varchar(64)   not null,
    constraint pk_recovery primary key (id),
    constraint fk_recovery_company foreign key (company_id) references company (id),
    constraint fk_recovery_round foreign key (round_id) references funding_round (id),
    constraint fk_recovery_entry foreign key (receivable_sequence) references journal_entry (sequence),
    constraint uk_recovery_receivable unique (receivable_sequence),
    constraint ck_recovery_status check (status in ('OPENED', 'APPROVED', 'PARTIALLY_RECOVERED', 'RECOVERED',
        'REJECTED', 'WITHDRAWN')),
    constraint ck_recovery_currency check (currency in ('USD', 'KRW')),
    constraint ck_recovery_amounts check (amount_minor > 0 and recovered_minor >= 0
        and recovered_minor <= amount_minor)
);

create index ix_recovery_company on recovery (company_id, currency, status);
create index ix_recovery_status on recovery (status, id);

create table recovery_receipt (
    id              bigint       not null,
    recovery_id     bigint       not null,
    receipt_number  integer      not null,
    currency        varchar(3)   not null,
    amount_minor    bigint       not null,
    received_on     date         not null,
    bank_reference  varchar(100) not null,
    ledger_sequence bigint       not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_recovery_receipt primary key (id),
    constraint fk_recovery_receipt_recovery foreign key (recovery_id) references recovery (id),
    constraint fk_recovery_receipt_entry foreign key (ledger_sequence) references journal_entry (sequence),
    constraint uk_recovery_receipt_number unique (recovery_id, receipt_number),
    constraint uk_recovery_receipt_entry unique (ledger_sequence),
    constraint ck_recovery_receipt_amount check (amount_minor > 0)
);
