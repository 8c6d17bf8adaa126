-- Government contribution receipts per round, and exchange rates as dated, sourced data.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence contribution_receipt_seq start with 1 increment by 50;
create sequence exchange_rate_seq start with 1 increment by 50;

create table contribution_receipt (
    id              bigint       not null,
    round_id        bigint       not null,
    government      varchar(2)   not null,
    currency        varchar(3)   not null,
    amount_minor    bigint       not null,
    received_on     date         not null,
    bank_reference  varchar(100) not null,
    ledger_sequence bigint       not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_contribution_receipt primary key (id),
    constraint fk_contribution_receipt_round foreign key (round_id) references funding_round (id),
    constraint fk_contribution_receipt_entry foreign key (ledger_sequence) references journal_entry (sequence),
    constraint uk_contribution_receipt_entry unique (ledger_sequence),
    constraint ck_contribution_receipt_amount check (amount_minor > 0),
    constraint ck_contribution_receipt_government check (government in ('US', 'KR'))
);

create index ix_contribution_receipt_round on contribution_receipt (round_id, government, id);

alter table funding_round add column us_pledge_sequence bigint;
alter table funding_round add column kr_pledge_sequence bigint;

create table exchange_rate (
    id               bigint         not null,
    base_currency    varchar(3)     not null,
    quote_currency   varchar(3)     not null,
    rate             numeric(19,8)  not null,
    effective_on     date           not null,
    source           varchar(40)    not null,
    source_reference varchar(200),
    entered_by       varchar(64)    not null,
    entered_at       timestamp(6) with time zone not null,
    constraint pk_exchange_rate primary key (id),
    constraint uk_exchange_rate unique (base_currency, quote_currency, effective_on, source),
    constraint ck_exchange_rate_positive check (rate > 0),
    constraint ck_exchange_rate_pair check (base_currency <> quote_currency)
);

create index ix_exchange_rate_lookup on exchange_rate (base_currency, quote_currency, effective_on, id);
