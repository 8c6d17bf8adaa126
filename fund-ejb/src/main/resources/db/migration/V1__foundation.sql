-- Foundation schema: accounts and roles (read by the identity store), companies, the audit
-- trail and idempotency keys. Portable SQL: the same file runs on H2 and PostgreSQL.

create sequence user_account_seq start with 1 increment by 50;
create sequence company_seq start with 1 increment by 50;
create sequence audit_record_seq start with 1 increment by 50;
create sequence idempotency_record_seq start with 1 increment by 50;

create table user_account (
    id              bigint       not null,
    version         bigint       not null,
    username        varchar(64)  not null,
    password_hash   varchar(512) not null,
    display_name    varchar(200) not null,
    email           varchar(254) not null,
    country         varchar(2),
    company_id      bigint,
    enabled         boolean      not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(64)  not null,
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(64)  not null,
    constraint pk_user_account primary key (id),
    constraint uk_user_account_username unique (username),
    constraint ck_user_account_country check (country in ('US', 'KR'))
);

create table user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_user_role primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id),
    constraint ck_user_role_role check (role in ('COMPANY', 'OFFICER_US', 'OFFICER_KR', 'AUDITOR', 'ADMIN'))
);

create table company (
    id                  bigint        not null,
    version             bigint        not null,
    legal_name          varchar(200)  not null,
    country             varchar(2)    not null,
    ein                 varchar(10),
    ein_key             varchar(9),
    uei                 varchar(12),
    uei_key             varchar(12),
    brn                 varchar(12),
    brn_key             varchar(10),
    address_street      varchar(200)  not null,
    address_city        varchar(100)  not null,
    address_region      varchar(100),
    address_postal_code varchar(10)   not null,
    industry_sector     varchar(40)   not null,
    contact_name        varchar(200)  not null,
    contact_email       varchar(254)  not null,
    status              varchar(12)   not null,
    registered_by       varchar(64)   not null,
    decided_by          varchar(64),
    decided_at          timestamp(6) with time zone,
    decision_reason     varchar(1000),
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp(6) with time zone not null,
    updated_by          varchar(64)   not null,
    constraint pk_company primary key (id),
    constraint uk_company_ein_key unique (ein_key),
    constraint uk_company_uei_key unique (uei_key),
    constraint uk_company_brn_key unique (brn_key),
    constraint ck_company_country check (country in ('US', 'KR')),
    constraint ck_company_status check (status in ('PENDING', 'VERIFIED', 'REJECTED'))
);

create index ix_company_status_country on company (status, country);
create index ix_company_created_at on company (created_at, id);

alter table user_account add constraint fk_user_account_company foreign key (company_id) references company (id);

create table audit_record (
    id           bigint       not null,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64)  not null,
    before_state varchar(100000),
    after_state  varchar(100000),
    constraint pk_audit_record primary key (id)
);

create index ix_audit_record_entity on audit_record (entity_type, entity_id, occurred_at);
create index ix_audit_record_actor on audit_record (actor, occurred_at);

create table idempotency_record (
    id                  bigint       not null,
    caller              varchar(64)  not null,
    idem_key            varchar(128) not null,
    request_fingerprint varchar(64)  not null,
    response_status     integer,
    response_location   varchar(500),
    response_body       varchar(100000),
    created_at          timestamp(6) with time zone not null,
    constraint pk_idempotency_record primary key (id),
    constraint uk_idempotency_caller_key unique (caller, idem_key)
);
