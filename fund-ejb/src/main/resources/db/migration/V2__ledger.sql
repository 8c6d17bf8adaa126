-- The fund ledger: chart of accounts (reference data), journal entries and their lines
-- (append-only, hash-chained) and the chain head that serialises posting.

create table ledger_account (
    code     varchar(16)  not null,
    name_en  varchar(200) not null,
    name_ko  varchar(200) not null,
    kind     varchar(12)  not null,
    currency varchar(3)   not null,
    constraint pk_ledger_account primary key (code),
    constraint ck_ledger_account_kind check (kind in ('ASSET', 'LIABILITY', 'NET_ASSETS', 'REVENUE', 'EXPENSE')),
    constraint ck_ledger_account_currency check (currency in ('USD', 'KRW'))
);

insert into ledger_account (code, name_en, name_ko, kind, currency) values
    ('1100-USD', 'Contributions receivable - U.S. Government', '정부 출연금 미수금 - 미국 정부', 'ASSET', 'USD'),
    ('1110-KRW', 'Contributions receivable - ROK Government', '정부 출연금 미수금 - 한국 정부', 'ASSET', 'KRW'),
    ('1200-USD', 'Fund cash (USD)', '기금 현금(USD)', 'ASSET', 'USD'),
    ('1200-KRW', 'Fund cash (KRW)', '기금 현금(KRW)', 'ASSET', 'KRW'),
    ('1300-USD', 'Recoveries receivable (USD)', '환수 미수금(USD)', 'ASSET', 'USD'),
    ('1300-KRW', 'Recoveries receivable (KRW)', '환수 미수금(KRW)', 'ASSET', 'KRW'),
    ('2100-USD', 'Committed allocations - obligations (USD)', '배정 확정액 - 채무(USD)', 'LIABILITY', 'USD'),
    ('2100-KRW', 'Committed allocations - obligations (KRW)', '배정 확정액 - 채무(KRW)', 'LIABILITY', 'KRW'),
    ('2200-USD', 'Payable to companies (USD)', '기업 지급 미지급금(USD)', 'LIABILITY', 'USD'),
    ('2200-KRW', 'Payable to companies (KRW)', '기업 지급 미지급금(KRW)', 'LIABILITY', 'KRW'),
    ('3100-USD', 'Government contributions - U.S. Government', '정부 출연금 - 미국 정부', 'NET_ASSETS', 'USD'),
    ('3110-KRW', 'Government contributions - ROK Government', '정부 출연금 - 한국 정부', 'NET_ASSETS', 'KRW'),
    ('5100-USD', 'Allocations to companies (USD)', '기업 배분액(USD)', 'EXPENSE', 'USD'),
    ('5100-KRW', 'Allocations to companies (KRW)', '기업 배분액(KRW)', 'EXPENSE', 'KRW'),
    ('5200-USD', 'FX revaluation (USD)', '외화 환산 손익(USD)', 'EXPENSE', 'USD'),
    ('5200-KRW', 'FX revaluation (KRW)', '외화 환산 손익(KRW)', 'EXPENSE', 'KRW');

create table journal_entry (
    sequence       bigint        not null,
    event_id       varchar(200)  not null,
    effective_date date          not null,
    recorded_at    timestamp(6) with time zone not null,
    reference      varchar(200)  not null,
    actor          varchar(64)   not null,
    description    varchar(1000) not null,
    reverses       bigint,
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null,
    constraint pk_journal_entry primary key (sequence),
    constraint uk_journal_entry_event unique (event_id),
    constraint uk_journal_entry_hash unique (hash),
    constraint fk_journal_entry_reverses foreign key (reverses) references journal_entry (sequence),
    constraint ck_journal_entry_sequence check (sequence > 0)
);

create table journal_line (
    entry_sequence bigint      not null,
    line_no        integer     not null,
    account_code   varchar(16) not null,
    side           varchar(6)  not null,
    currency       varchar(3)  not null,
    amount_minor   bigint      not null,
    constraint pk_journal_line primary key (entry_sequence, line_no),
    constraint fk_journal_line_entry foreign key (entry_sequence) references journal_entry (sequence),
    constraint fk_journal_line_account foreign key (account_code) references ledger_account (code),
    constraint ck_journal_line_side check (side in ('DEBIT', 'CREDIT')),
    constraint ck_journal_line_amount check (amount_minor > 0)
);

create index ix_journal_line_account on journal_line (account_code, entry_sequence);

create table ledger_chain_head (
    id            integer     not null,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null,
    constraint pk_ledger_chain_head primary key (id),
    constraint ck_ledger_chain_head_single check (id = 1)
);

insert into ledger_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
