-- Customers and loyalty points. Points are a ledger too: customer.points is the sum of loyalty_entry.
create table pos.customer (
    id         bigint generated always as identity primary key,
    name       text not null check (length(btrim(name)) between 1 and 100),
    phone      text not null unique check (phone ~ '^\+[1-9][0-9]{7,14}$'), -- E.164, normalised by the client
    points     bigint not null default 0 check (points >= 0),
    created_at timestamptz not null default now(),
    active     boolean not null default true
);
create index customer_name_trgm_idx on pos.customer using gin (name pos.gin_trgm_ops);

create table pos.loyalty_entry (
    id          bigint generated always as identity primary key,
    customer_id bigint not null references pos.customer,
    order_id    bigint,  -- foreign key added with the order tables
    points      bigint not null check (points <> 0),
    kind        text not null check (kind in ('earn', 'redeem', 'redeem_return', 'earn_revert', 'adjustment')),
    created_at  timestamptz not null default now()
);
create index loyalty_entry_customer_idx on pos.loyalty_entry (customer_id, created_at);

create function pos.apply_loyalty_entry() returns trigger
language plpgsql as $$
begin
    update pos.customer set points = points + new.points where id = new.customer_id;
    return null;
end $$;
create trigger loyalty_entry_apply after insert on pos.loyalty_entry
    for each row execute function pos.apply_loyalty_entry();
create trigger loyalty_entry_append_only before update or delete on pos.loyalty_entry
    for each row execute function pos.forbid_change();

create function pos.guard_points() returns trigger
language plpgsql as $$
begin
    if (tg_op = 'INSERT' and new.points <> 0)
       or (tg_op = 'UPDATE' and new.points is distinct from old.points and pg_trigger_depth() < 2) then
        raise exception 'customer.error.points_via_ledger' using errcode = 'SX400';
    end if;
    return new;
end $$;
create trigger customer_guard_points before insert or update of points on pos.customer
    for each row execute function pos.guard_points();
