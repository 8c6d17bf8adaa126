-- What used to live in each server's memory moves to the database, so that several WildFly nodes
-- on one database behave as one (docs/operations.md, "What is shared between nodes").
-- Portable SQL: the same file runs on H2 and PostgreSQL.

-- The sign-in throttle (security.SignInThrottle): one row per username with a recent failed
-- sign-in. Every failure is one atomic UPDATE ... SET failures = failures + 1, so failures on
-- different nodes at the same time all count; the primary key makes the first failure's INSERT
-- unique, and its loser increments instead. A success deletes the row; rows older than the lock
-- are reset by the next failure and deleted by an hourly timer.
create table sign_in_failure (
    username        varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamp(6) with time zone not null,
    constraint pk_sign_in_failure primary key (username),
    constraint ck_sign_in_failure_count check (failures > 0)
);

-- WildFly's database timer store (configure-server.cli, database-data-store "fund-timers"): the
-- persistent EJB timers of every node, so that each timer fires once in the cluster. The table is
-- WildFly's own (its timer-sql.properties: same names and types; INFO holds the serialized timer
-- info). The migration creates it rather than WildFly because the runtime user, which the timer
-- store connects as, may not create tables.
create table jboss_ejb_timer (
    id                             varchar not null,
    timed_object_id                varchar not null,
    initial_date                   timestamp,
    repeat_interval                bigint,
    next_date                      timestamp,
    previous_run                   timestamp,
    primary_key                    varchar,
    info                           varchar,
    timer_state                    varchar,
    schedule_expr_second           varchar,
    schedule_expr_minute           varchar,
    schedule_expr_hour             varchar,
    schedule_expr_day_of_week      varchar,
    schedule_expr_day_of_month     varchar,
    schedule_expr_month            varchar,
    schedule_expr_year             varchar,
    schedule_expr_start_date       varchar,
    schedule_expr_end_date         varchar,
    schedule_expr_timezone         varchar,
    auto_timer                     boolean,
    timeout_method_declaring_class varchar,
    timeout_method_name            varchar,
    timeout_method_descriptor      char(1),
    calendar_timer                 boolean,
    partition_name                 varchar not null,
    node_name                      varchar,
    constraint pk_jboss_ejb_timer primary key (id)
);

create index jboss_ejb_timer_idenx on jboss_ejb_timer (partition_name, timed_object_id);

-- Both are updated and deleted from by the application (RuntimeGrants, V20).
insert into runtime_table_access (table_name, access) values
    ('sign_in_failure', 'READ_WRITE'),
    ('jboss_ejb_timer', 'READ_WRITE');
