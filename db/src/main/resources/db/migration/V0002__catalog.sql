-- Catalog: categories, products, modifier groups and their options. Prices are integer minor units.
create table pos.category (
    id         bigint generated always as identity primary key,
    name       text not null unique check (length(btrim(name)) between 1 and 60),
    sort_order integer not null default 0,
    active     boolean not null default true
);

create table pos.product (
    id          bigint generated always as identity primary key,
    category_id bigint not null references pos.category,
    name        text not null unique check (length(btrim(name)) between 1 and 80),
    description text not null default '' check (length(description) <= 1000),
    price_minor bigint not null check (price_minor between 0 and 100000000),
    barcode     text unique check (barcode ~ '^[0-9A-Za-z-]{4,32}$'),
    active      boolean not null default true,
    sort_order  integer not null default 0,
    -- Russian and English stemming of the product's own text; the category's is added at query time.
    search_vector tsvector generated always as (
        setweight(to_tsvector('russian', name), 'A') || setweight(to_tsvector('english', name), 'A') ||
        setweight(to_tsvector('russian', description), 'B') || setweight(to_tsvector('english', description), 'B')
    ) stored
);
create index product_category_idx on pos.product (category_id);
create index product_search_idx on pos.product using gin (search_vector);
create index product_name_trgm_idx on pos.product using gin (name pos.gin_trgm_ops);

-- Images live in the database so every terminal sees the same picture without a file share.
create table pos.product_image (
    product_id   bigint primary key references pos.product on delete cascade,
    content_type text not null check (content_type in ('image/png', 'image/jpeg')),
    data         bytea not null check (length(data) between 1 and 2000000)
);

create table pos.modifier_group (
    id          bigint generated always as identity primary key,
    name        text not null unique check (length(btrim(name)) between 1 and 60),
    required    boolean not null default false,
    min_choices integer not null default 0,
    max_choices integer not null default 1,
    sort_order  integer not null default 0,
    check (min_choices >= 0 and max_choices between 1 and 20 and min_choices <= max_choices),
    check (not required or min_choices >= 1),
    check (required or min_choices = 0)
);

create table pos.modifier_option (
    id                bigint generated always as identity primary key,
    group_id          bigint not null references pos.modifier_group on delete cascade,
    name              text not null check (length(btrim(name)) between 1 and 60),
    price_delta_minor bigint not null default 0 check (price_delta_minor between 0 and 100000000),
    is_default        boolean not null default false,
    active            boolean not null default true,
    sort_order        integer not null default 0,
    unique (group_id, name)
);

create table pos.product_modifier_group (
    product_id bigint not null references pos.product on delete cascade,
    group_id   bigint not null references pos.modifier_group on delete cascade,
    sort_order integer not null default 0,
    primary key (product_id, group_id)
);
