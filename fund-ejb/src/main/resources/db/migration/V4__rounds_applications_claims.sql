-- Funding rounds, applications, claims, attachments and notifications (issue 3), with the
-- reference data they use. Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence funding_round_seq start with 1 increment by 50;
create sequence fund_application_seq start with 1 increment by 50;
create sequence diversification_claim_seq start with 1 increment by 50;
create sequence attachment_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;

-- Reference data, managed by administrators. Rows are deactivated, never deleted, because
-- rounds, applications and claims keep referring to them.
create table critical_material (
    code      varchar(40)  not null,
    name_en   varchar(120) not null,
    name_ko   varchar(120) not null,
    hs_codes  varchar(200),
    listed_by varchar(20)  not null,
    active    boolean      not null default true,
    constraint pk_critical_material primary key (code),
    constraint ck_critical_material_listed_by check (listed_by in ('US', 'KR', 'BOTH', 'FUND'))
);

create table cost_category (
    code            varchar(40)  not null,
    name_en         varchar(120) not null,
    name_ko         varchar(120) not null,
    computed_by_rule boolean     not null,
    active          boolean      not null default true,
    constraint pk_cost_category primary key (code)
);

insert into cost_category (code, name_en, name_ko, computed_by_rule) values
    ('SUPPLIER_QUALIFICATION', 'Supplier qualification and audits', '공급업체 적격성 평가 및 감사', false),
    ('PRICE_DIFFERENTIAL', 'Price differential', '가격 차이', true),
    ('DUAL_SOURCING_TOOLING', 'Dual-sourcing tooling', '이중 조달 설비', false),
    ('RELOCATION_CAPEX', 'Relocation capital expenditure', '이전 설비 투자', false),
    ('SAFETY_STOCK', 'Safety stock and stockpiling', '안전 재고 및 비축', false),
    ('LOGISTICS_REROUTING', 'Logistics re-routing', '물류 경로 변경', false),
    ('CERTIFICATION_TESTING', 'Certification and testing', '인증 및 시험', false),
    ('OTHER', 'Other', '기타', false);

create table funding_round (
    id                     bigint        not null,
    version                bigint        not null,
    name_en                varchar(200)  not null,
    name_ko                varchar(200)  not null,
    application_opens_at   timestamp(6) with time zone not null,
    application_closes_at  timestamp(6) with time zone not null,
    claim_opens_at         timestamp(6) with time zone not null,
    claim_closes_at        timestamp(6) with time zone not null,
    display_zone           varchar(40)   not null,
    eligible_share         numeric(7,4)  not null,
    us_contribution_minor  bigint        not null,
    us_pledged_on          date          not null,
    kr_contribution_minor  bigint        not null,
    kr_pledged_on          date          not null,
    status                 varchar(16)   not null,
    drafted_by             varchar(64)   not null,
    us_approved_by         varchar(64),
    us_approved_at         timestamp(6) with time zone,
    kr_approved_by         varchar(64),
    kr_approved_at         timestamp(6) with time zone,
    opened_at              timestamp(6) with time zone,
    claims_closed_at       timestamp(6) with time zone,
    created_at             timestamp(6) with time zone not null,
    created_by             varchar(64)   not null,
    updated_at             timestamp(6) with time zone not null,
    updated_by             varchar(64)   not null,
    constraint pk_funding_round primary key (id),
    constraint ck_funding_round_status check (status in ('DRAFT', 'OPEN', 'CLAIMS_CLOSED', 'ALLOCATED', 'CLOSED')),
    constraint ck_funding_round_share check (eligible_share > 0 and eligible_share <= 1),
    constraint ck_funding_round_contributions check (us_contribution_minor >= 0 and kr_contribution_minor >= 0),
    constraint ck_funding_round_windows check (application_opens_at < application_closes_at
        and claim_opens_at < claim_closes_at and application_opens_at <= claim_opens_at)
);

create index ix_funding_round_status on funding_round (status, id);

create table round_material (
    round_id      bigint      not null,
    material_code varchar(40) not null,
    constraint pk_round_material primary key (round_id, material_code),
    constraint fk_round_material_round foreign key (round_id) references funding_round (id),
    constraint fk_round_material_material foreign key (material_code) references critical_material (code)
);

create table round_cost_category (
    round_id      bigint      not null,
    category_code varchar(40) not null,
    constraint pk_round_cost_category primary key (round_id, category_code),
    constraint fk_round_cost_category_round foreign key (round_id) references funding_round (id),
    constraint fk_round_cost_category_category foreign key (category_code) references cost_category (code)
);

create table fund_application (
    id                bigint        not null,
    version           bigint        not null,
    round_id          bigint        not null,
    company_id        bigint        not null,
    country           varchar(2)    not null,
    status            varchar(16)   not null,
    open_marker       varchar(4),
    plan_summary      varchar(4000) not null,
    plan_starts_on    date          not null,
    plan_ends_on      date          not null,
    submitted_at      timestamp(6) with time zone,
    submitted_by      varchar(64),
    reviewer          varchar(64),
    decided_by        varchar(64),
    decided_at        timestamp(6) with time zone,
    decision_reason   varchar(2000),
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(64)   not null,
    updated_at        timestamp(6) with time zone not null,
    updated_by        varchar(64)   not null,
    constraint pk_fund_application primary key (id),
    constraint fk_fund_application_round foreign key (round_id) references funding_round (id),
    constraint fk_fund_application_company foreign key (company_id) references company (id),
    constraint ck_fund_application_status check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'RETURNED')),
    constraint ck_fund_application_open check (open_marker is null or open_marker = 'OPEN'),
    -- one open (not rejected) application per company and round, also under concurrent requests
    constraint uk_fund_application_open unique (round_id, company_id, open_marker)
);

create index ix_fund_application_queue on fund_application (status, country, round_id, id);
create index ix_fund_application_company on fund_application (company_id, id);

create table application_material (
    application_id bigint      not null,
    material_code  varchar(40) not null,
    constraint pk_application_material primary key (application_id, material_code),
    constraint fk_application_material_application foreign key (application_id) references fund_application (id),
    constraint fk_application_material_material foreign key (material_code) references critical_material (code)
);

create table application_source (
    application_id bigint        not null,
    position       integer       not null,
    kind           varchar(8)    not null,
    country        varchar(2)    not null,
    supplier       varchar(200)  not null,
    share_percent  numeric(5,2)  not null,
    constraint pk_application_source primary key (application_id, position),
    constraint fk_application_source_application foreign key (application_id) references fund_application (id),
    constraint ck_application_source_kind check (kind in ('CURRENT', 'TARGET')),
    constraint ck_application_source_share check (share_percent >= 0 and share_percent <= 100)
);

create table diversification_claim (
    id                  bigint        not null,
    version             bigint        not null,
    round_id            bigint        not null,
    application_id      bigint        not null,
    company_id          bigint        not null,
    country             varchar(2)    not null,
    currency            varchar(3)    not null,
    title               varchar(200)  not null,
    status              varchar(16)   not null,
    claimed_minor       bigint        not null,
    approved_minor      bigint,
    submitted_at        timestamp(6) with time zone,
    reviewer            varchar(64),
    reviewed_at         timestamp(6) with time zone,
    approver            varchar(64),
    decided_at          timestamp(6) with time zone,
    decision_reason     varchar(2000),
    overdue_since       timestamp(6) with time zone,
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp(6) with time zone not null,
    updated_by          varchar(64)   not null,
    constraint pk_diversification_claim primary key (id),
    constraint fk_diversification_claim_round foreign key (round_id) references funding_round (id),
    constraint fk_diversification_claim_application foreign key (application_id) references fund_application (id),
    constraint fk_diversification_claim_company foreign key (company_id) references company (id),
    constraint ck_diversification_claim_status check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVIEWED', 'APPROVED', 'REJECTED', 'RETURNED')),
    constraint ck_diversification_claim_amounts check (claimed_minor >= 0 and (approved_minor is null or (approved_minor >= 0 and approved_minor <= claimed_minor)))
);

create index ix_diversification_claim_queue on diversification_claim (status, country, round_id, id);
create index ix_diversification_claim_company on diversification_claim (company_id, id);
create index ix_diversification_claim_waiting on diversification_claim (status, submitted_at);

create table claim_line (
    claim_id          bigint         not null,
    line_no           integer        not null,
    category_code     varchar(40)    not null,
    description       varchar(1000)  not null,
    period_starts_on  date           not null,
    period_ends_on    date           not null,
    old_unit_price    numeric(19,4),
    new_unit_price    numeric(19,4),
    quantity          numeric(19,4),
    claimed_minor     bigint         not null,
    approved_minor    bigint,
    reduction_reason  varchar(1000),
    constraint pk_claim_line primary key (claim_id, line_no),
    constraint fk_claim_line_claim foreign key (claim_id) references diversification_claim (id),
    constraint fk_claim_line_category foreign key (category_code) references cost_category (code),
    constraint ck_claim_line_amounts check (claimed_minor > 0 and (approved_minor is null or (approved_minor >= 0 and approved_minor <= claimed_minor)))
);

-- Evidence files. The bytes live in the database (outside any web root, in the same backup and
-- transaction as the record, and shared by every server node); the SHA-256 is kept beside them.
create table attachment (
    id            bigint        not null,
    owner_type    varchar(12)   not null,
    owner_id      bigint        not null,
    company_id    bigint        not null,
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp(6) with time zone not null,
    constraint pk_attachment primary key (id),
    constraint fk_attachment_company foreign key (company_id) references company (id),
    constraint ck_attachment_owner check (owner_type in ('APPLICATION', 'CLAIM'))
);

create index ix_attachment_owner on attachment (owner_type, owner_id, id);

create table attachment_content (
    attachment_id bigint not null,
    content       bytea  not null,
    constraint pk_attachment_content primary key (attachment_id),
    constraint fk_attachment_content_attachment foreign key (attachment_id) references attachment (id)
);

create table notification (
    id            bigint        not null,
    recipient     varchar(64)   not null,
    kind          varchar(40)   not null,
    subject_type  varchar(40)   not null,
    subject_id    bigint        not null,
    message_key   varchar(100)  not null,
    message_args  varchar(1000),
    created_at    timestamp(6) with time zone not null,
    read_at       timestamp(6) with time zone,
    constraint pk_notification primary key (id)
);

create index ix_notification_recipient on notification (recipient, read_at, id);
