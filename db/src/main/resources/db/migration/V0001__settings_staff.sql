-- Settings, staff and terminals: what every other table refers to.
create extension if not exists pg_trgm schema pos;

-- One row per setting; values are text and parsed by the code that owns the key.
create table pos.setting (
    key   text primary key check (key ~ '^[a-z][a-z0-9_.]{1,63}$'),
    value text not null check (length(value) <= 1000)
);
insert into pos.setting (key, value) values
    ('currency', 'RUB'),
    ('loyalty.earn_percent', '5'),       -- points earned = this percent of the paid total, 1 point per currency unit
    ('loyalty.point_value_minor', '100'); -- one point redeems for this many minor units (1 point = 1 rouble)

create table pos.position (
    id   bigint generated always as identity primary key,
    name text not null unique check (length(btrim(name)) between 1 and 60)
);

create table pos.employee (
    id           bigint generated always as identity primary key,
    full_name    text not null check (length(btrim(full_name)) between 1 and 100),
    position_id  bigint not null references pos.position,
    role         text not null check (role in ('admin', 'manager', 'cashier')),
    salary_minor bigint not null default 0 check (salary_minor between 0 and 100000000000),
    hire_date    date not null default current_date,
    active       boolean not null default true
);

create table pos.terminal (
    id     bigint generated always as identity primary key,
    name   text not null unique check (length(btrim(name)) between 1 and 60),
    active boolean not null default true
);
