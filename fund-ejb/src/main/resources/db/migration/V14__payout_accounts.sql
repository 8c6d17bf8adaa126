-- Payout bank accounts of companies, one current account per company and currency, verified by an
-- officer of the company's country before anything is paid to it. Portable SQL: the same file runs
-- on H2 and PostgreSQL.

create sequence payout_account_seq start with 1 increment by 50;

create table payout_account (
    id                 bigint        not null,
    version            bigint        not null,
    company_id         bigint        not null,
    company_country    varchar(2)    not null,
    currency           varchar(3)    not null,
    scheme             varchar(8)    not null,
    holder_name        varchar(140)  not null,
    bank_identifier    varchar(11),
    account_identifier varchar(34)   not null,
    bic                varchar(11),
    bank_country       varchar(2),
    status             varchar(24)   not null,
    current_currency   varchar(3),
    replaces_id        bigint,
    registered_by      varchar(64)   not null,
    verified_by        varchar(64),
    verified_at        timestamp(6) with time zone,
    rejected_by        varchar(64),
    rejected_at        timestamp(6) with time zone,
    rejection_reason   varchar(1000),
    superseded_at      timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(64)   not null,
    updated_at         timestamp(6) with time zone not null,
    updated_by         varchar(64)   not null,
    constraint pk_payout_account primary key (id),
    constraint fk_payout_account_company foreign key (company_id) references company (id),
    constraint fk_payout_account_replaces foreign key (replaces_id) references payout_account (id),
    -- at most one current account per company and currency: current_currency is the currency while
    -- the account is current and NULL otherwise (NULLs never collide; H2 has no partial indexes)
    constraint uk_payout_account_current unique (company_id, current_currency),
    constraint ck_payout_account_current check (current_currency is null or current_currency = currency),
    constraint ck_payout_account_currency check (currency in ('USD', 'KRW')),
    constraint ck_payout_account_scheme check (scheme in ('IBAN', 'US_ABA', 'KR_BANK')),
    constraint ck_payout_account_status check (status in ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUPERSEDED')),
    constraint ck_payout_account_verified check (status <> 'VERIFIED' or (verified_by is not null and verified_at is not null)),
    constraint ck_payout_account_rejected check (status <> 'REJECTED' or (rejected_by is not null and rejection_reason is not null))
);

create index ix_payout_account_company on payout_account (company_id, currency, id);
create index ix_payout_account_queue on payout_account (status, company_country, id);
