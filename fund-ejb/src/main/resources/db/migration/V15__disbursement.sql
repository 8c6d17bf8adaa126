-- Disbursement batches of a committed allocation, their payments (one per company) and the claims'
-- shares each payment carries, with the payment files stored as released. Portable SQL: the same file
-- runs on H2 and PostgreSQL.
--
-- Never paid twice, by the database: payment_item.live_claim_id is the claim id while the item is
-- live (its payment prepared, released or paid) and NULL once the item is freed (batch cancelled,
-- payment held, returned or rejected). Its UNIQUE constraint lets a claim be in at most one live item
-- (NULLs never collide; H2 has no partial indexes). The composite foreign key to allocation_share
-- makes an item carry exactly the claim's committed share of the round's committed scenario, so the
-- live items of a claim never add up to more than its share.

create sequence disbursement_batch_seq start with 1 increment by 50;
create sequence payment_seq start with 1 increment by 50;
create sequence payment_item_seq start with 1 increment by 50;

-- the target of payment_item's foreign key: (scenario_id, claim_id) is already the primary key
alter table allocation_share add constraint uk_allocation_share_paid unique (scenario_id, claim_id, share_minor);

create table disbursement_batch (
    id               bigint        not null,
    version          bigint        not null,
    round_id         bigint        not null,
    scenario_id      bigint        not null,
    currency         varchar(3)    not null,
    status           varchar(16)   not null,
    prepared_by      varchar(64)   not null,
    prepared_at      timestamp(6) with time zone not null,
    released_by      varchar(64),
    released_at      timestamp(6) with time zone,
    cancelled_by     varchar(64),
    cancelled_at     timestamp(6) with time zone,
    cancel_reason    varchar(2000),
    payment_count    integer       not null,
    total_minor      bigint        not null,
    ledger_sequence  bigint,
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(64)   not null,
    updated_at       timestamp(6) with time zone not null,
    updated_by       varchar(64)   not null,
    constraint pk_disbursement_batch primary key (id),
    constraint fk_disbursement_batch_round foreign key (round_id) references funding_round (id),
    constraint fk_disbursement_batch_commitment foreign key (scenario_id) references allocation_commitment (scenario_id),
    constraint fk_disbursement_batch_entry foreign key (ledger_sequence) references journal_entry (sequence),
    constraint uk_disbursement_batch_entry unique (ledger_sequence),
    constraint ck_disbursement_batch_currency check (currency in ('USD', 'KRW')),
    constraint ck_disbursement_batch_status check (status in ('PREPARED', 'RELEASED', 'CANCELLED')),
    constraint ck_disbursement_batch_totals check (payment_count >= 0 and total_minor >= 0),
    constraint ck_disbursement_batch_released check (status <> 'RELEASED'
        or (released_by is not null and released_at is not null and ledger_sequence is not null
            and released_by <> prepared_by)),
    constraint ck_disbursement_batch_cancelled check (status <> 'CANCELLED'
        or (cancelled_by is not null and cancelled_at is not null and cancel_reason is not null))
);

create index ix_disbursement_batch_round on disbursement_batch (round_id, status, id);

-- companies the preparing officer asked for (or that had unpaid shares) but that could not be paid
create table disbursement_batch_skip (
    batch_id     bigint       not null,
    company_id   bigint       not null,
    reason       varchar(32)  not null,
    claim_count  integer      not null,
    amount_minor bigint       not null,
    constraint pk_disbursement_batch_skip primary key (batch_id, company_id),
    constraint fk_disbursement_batch_skip_batch foreign key (batch_id) references disbursement_batch (id),
    constraint fk_disbursement_batch_skip_company foreign key (company_id) references company (id),
    constraint ck_disbursement_batch_skip_reason check (reason in ('NO_VERIFIED_ACCOUNT', 'ACCOUNT_RETURNED_PAYMENT', 'NOTHING_PAYABLE')),
    constraint ck_disbursement_batch_skip_amount check (claim_count >= 0 and amount_minor >= 0)
);

-- the files a release produced: one of each kind per batch, whatever the race
create table disbursement_file (
    batch_id          bigint        not null,
    kind              varchar(16)   not null,
    file_name         varchar(200)  not null,
    media_type        varchar(100)  not null,
    content           bytea         not null,
    sha256            varchar(64)   not null,
    transaction_count integer       not null,
    control_sum_minor bigint        not null,
    created_at        timestamp(6) with time zone not null,
    constraint pk_disbursement_file primary key (batch_id, kind),
    constraint fk_disbursement_file_batch foreign key (batch_id) references disbursement_batch (id),
    constraint ck_disbursement_file_kind check (kind in ('PAIN_001', 'REMITTANCE_CSV'))
);

create table payment (
    id                     bigint        not null,
    version                bigint        not null,
    batch_id               bigint        not null,
    company_id             bigint        not null,
    currency               varchar(3)    not null,
    amount_minor           bigint        not null,
    end_to_end_id          varchar(35)   not null,
    payout_account_id      bigint        not null,
    payout_account_version bigint        not null,
    holder_name            varchar(140)  not null,
    scheme                 varchar(8)    not null,
    bank_identifier        varchar(11),
    account_identifier     varchar(34)   not null,
    bic                    varchar(11),
    bank_country           varchar(2),
    status                 varchar(16)   not null,
    status_date            date,
    status_recorded_by     varchar(64),
    status_recorded_at     timestamp(6) with time zone,
    bank_reference         varchar(140),
    status_reason          varchar(1000),
    return_ledger_sequence bigint,
    created_at             timestamp(6) with time zone not null,
    created_by             varchar(64)   not null,
    updated_at             timestamp(6) with time zone not null,
    updated_by             varchar(64)   not null,
    constraint pk_payment primary key (id),
    constraint uk_payment_end_to_end unique (end_to_end_id),
    constraint uk_payment_batch_company unique (batch_id, company_id),
    constraint uk_payment_return_entry unique (return_ledger_sequence),
    constraint fk_payment_batch foreign key (batch_id) references disbursement_batch (id),
    constraint fk_payment_company foreign key (company_id) references company (id),
    constraint fk_payment_account foreign key (payout_account_id) references payout_account (id),
    constraint fk_payment_return_entry foreign key (return_ledger_sequence) references journal_entry (sequence),
    constraint ck_payment_amount check (amount_minor > 0),
    constraint ck_payment_currency check (currency in ('USD', 'KRW')),
    constraint ck_payment_scheme check (scheme in ('IBAN', 'US_ABA', 'KR_BANK')),
    constraint ck_payment_status check (status in
        ('PREPARED', 'RELEASED', 'PAID', 'RETURNED', 'REJECTED', 'HELD', 'CANCELLED')),
    constraint ck_payment_returned check (status not in ('RETURNED', 'REJECTED')
        or (return_ledger_sequence is not null and status_date is not null))
);

create index ix_payment_batch on payment (batch_id, id);
create index ix_payment_company on payment (company_id, currency, status);

create table payment_item (
    id            bigint  not null,
    payment_id    bigint  not null,
    scenario_id   bigint  not null,
    claim_id      bigint  not null,
    share_minor   bigint  not null,
    live_claim_id bigint,
    constraint pk_payment_item primary key (id),
    constraint uk_payment_item_claim unique (payment_id, claim_id),
    -- never paid twice: at most one live item per claim
    constraint uk_payment_item_live_claim unique (live_claim_id),
    constraint fk_payment_item_payment foreign key (payment_id) references payment (id),
    constraint fk_payment_item_share foreign key (scenario_id, claim_id, share_minor)
        references allocation_share (scenario_id, claim_id, share_minor),
    constraint fk_payment_item_commitment foreign key (scenario_id) references allocation_commitment (scenario_id),
    constraint ck_payment_item_share check (share_minor > 0),
    constraint ck_payment_item_live check (live_claim_id is null or live_claim_id = claim_id)
);

create index ix_payment_item_claim on payment_item (claim_id);
