-- Allocation scenarios of a round (simulations), their shares and certificates, and the one
-- committed allocation per round. Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence allocation_scenario_seq start with 1 increment by 50;

alter table funding_round add column allocated_at timestamp(6) with time zone;

create table allocation_scenario (
    id                 bigint        not null,
    version            bigint        not null,
    round_id           bigint        not null,
    name               varchar(200)  not null,
    method             varchar(16)   not null,
    even_basis         varchar(16)   not null,
    pool_mode          varchar(24)   not null,
    pool_currency      varchar(3),
    exchange_rate_id   bigint,
    rate_name          varchar(300),
    cap_currency       varchar(3),
    cap_minor          bigint,
    cap_percent        numeric(9,4),
    floor_currency     varchar(3),
    floor_minor        bigint,
    us_pool_minor      bigint        not null,
    kr_pool_minor      bigint        not null,
    claim_count        integer       not null,
    inputs_digest      varchar(64)   not null,
    certificate_digest varchar(64)   not null,
    status             varchar(16)   not null,
    proposed_by        varchar(64),
    proposed_at        timestamp(6) with time zone,
    us_approved_by     varchar(64),
    us_approved_at     timestamp(6) with time zone,
    kr_approved_by     varchar(64),
    kr_approved_at     timestamp(6) with time zone,
    declined_by        varchar(64),
    declined_at        timestamp(6) with time zone,
    decline_reason     varchar(2000),
    committed_at       timestamp(6) with time zone,
    ledger_sequence    bigint,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(64)   not null,
    updated_at         timestamp(6) with time zone not null,
    updated_by         varchar(64)   not null,
    constraint pk_allocation_scenario primary key (id),
    constraint fk_allocation_scenario_round foreign key (round_id) references funding_round (id),
    constraint fk_allocation_scenario_rate foreign key (exchange_rate_id) references exchange_rate (id),
    constraint fk_allocation_scenario_entry foreign key (ledger_sequence) references journal_entry (sequence),
    constraint ck_allocation_scenario_status check (status in ('SIMULATED', 'PROPOSED', 'DECLINED', 'COMMITTED')),
    constraint ck_allocation_scenario_method check (method in ('EVEN', 'PROPORTIONAL')),
    constraint ck_allocation_scenario_pools check (us_pool_minor >= 0 and kr_pool_minor >= 0)
);

create index ix_allocation_scenario_round on allocation_scenario (round_id, id);

create table allocation_share (
    scenario_id         bigint       not null,
    claim_id            bigint       not null,
    company_id          bigint       not null,
    country             varchar(2)   not null,
    currency            varchar(3)   not null,
    approved_minor      bigint       not null,
    pool_currency       varchar(3)   not null,
    pool_share_minor    bigint       not null,
    share_minor         bigint       not null,
    quota               varchar(200) not null,
    rounding_adjustment bigint       not null,
    capped              boolean      not null,
    below_floor         boolean      not null,
    constraint pk_allocation_share primary key (scenario_id, claim_id),
    constraint fk_allocation_share_scenario foreign key (scenario_id) references allocation_scenario (id),
    constraint fk_allocation_share_claim foreign key (claim_id) references diversification_claim (id),
    constraint ck_allocation_share_bounds check (share_minor >= 0 and share_minor <= approved_minor)
);

create index ix_allocation_share_company on allocation_share (company_id, scenario_id);

create table allocation_pool_outcome (
    scenario_id       bigint      not null,
    pool_name         varchar(16) not null,
    currency          varchar(3)  not null,
    pool_minor        bigint      not null,
    distributed_minor bigint      not null,
    leftover_minor    bigint      not null,
    constraint pk_allocation_pool_outcome primary key (scenario_id, pool_name),
    constraint fk_allocation_pool_outcome_scenario foreign key (scenario_id) references allocation_scenario (id),
    constraint ck_allocation_pool_outcome_sum check (distributed_minor + leftover_minor = pool_minor)
);

create table allocation_certificate (
    scenario_id bigint      not null,
    digest      varchar(64) not null,
    content     bytea       not null,
    constraint pk_allocation_certificate primary key (scenario_id),
    constraint fk_allocation_certificate_scenario foreign key (scenario_id) references allocation_scenario (id)
);

-- One committed allocation per round, whatever the race: the primary key refuses a second.
create table allocation_commitment (
    round_id        bigint      not null,
    scenario_id     bigint      not null,
    committed_at    timestamp(6) with time zone not null,
    committed_by    varchar(64) not null,
    ledger_sequence bigint      not null,
    constraint pk_allocation_commitment primary key (round_id),
    constraint uk_allocation_commitment_scenario unique (scenario_id),
    constraint fk_allocation_commitment_round foreign key (round_id) references funding_round (id),
    constraint fk_allocation_commitment_scenario foreign key (scenario_id) references allocation_scenario (id),
    constraint fk_allocation_commitment_entry foreign key (ledger_sequence) references journal_entry (sequence)
);
