-- Orders, their lines and cancellations.
create table pos.order_day (
    day       date primary key,
    first_seq bigint not null
);
-- Daily numbers come from a sequence, not a counter row, so concurrent sales never queue on one row:
-- number = nextval - the day's first value. Gaps after a failed sale are acceptable for a queue number.
create sequence pos.order_number_seq;

create table pos.customer_order (
    id              bigint generated always as identity primary key,
    client_order_id uuid not null unique,
    business_day    date not null,
    daily_number    integer not null check (daily_number > 0),
    status          text not null default 'pending'
                    check (status in ('pending', 'preparing', 'completed', 'cancelled')),
    employee_id     bigint not null references pos.employee,
    terminal_id     bigint not null references pos.terminal,
    customer_id     bigint references pos.customer,
    subtotal_minor  bigint not null check (subtotal_minor between 0 and 100000000000),
    discount_minor  bigint not null default 0 check (discount_minor >= 0),
    points_redeemed bigint not null default 0 check (points_redeemed >= 0),
    cancelled_minor bigint not null default 0 check (cancelled_minor >= 0),
    created_at      timestamptz not null default now(),
    status_changed_at timestamptz not null default now(),
    cancel_reason   text check (length(cancel_reason) <= 500),
    unique (business_day, daily_number),
    check (discount_minor <= subtotal_minor),
    check (cancelled_minor <= subtotal_minor),
    check (points_redeemed = 0 or customer_id is not null)
);
create index customer_order_status_idx on pos.customer_order (status, created_at)
    where status in ('pending', 'preparing');
create index customer_order_customer_idx on pos.customer_order (customer_id, created_at) where customer_id is not null;
create index customer_order_created_idx on pos.customer_order (created_at);

create table pos.order_item (
    id                 bigint generated always as identity primary key,
    order_id           bigint not null references pos.customer_order,
    line_no            integer not null check (line_no between 1 and 100),
    product_id         bigint not null references pos.product,
    product_name       text not null,           -- as sold, so later catalog edits do not rewrite history
    unit_price_minor   bigint not null check (unit_price_minor between 0 and 1000000000),
    quantity           integer not null check (quantity between 1 and 999),
    cancelled_quantity integer not null default 0,
    note               text check (length(note) <= 200),
    unique (order_id, line_no),
    check (cancelled_quantity between 0 and quantity)
);
create index order_item_product_idx on pos.order_item (product_id);

create table pos.order_item_option (
    order_item_id     bigint not null references pos.order_item,
    option_id         bigint not null references pos.modifier_option,
    option_name       text not null,
    price_delta_minor bigint not null check (price_delta_minor >= 0),
    primary key (order_item_id, option_id)
);

create table pos.cancelled_item (
    id            bigint generated always as identity primary key,
    order_item_id bigint not null references pos.order_item,
    quantity      integer not null check (quantity between 1 and 999),
    reason        text not null check (length(btrim(reason)) between 1 and 500),
    disposition   text not null check (disposition in ('return_to_stock', 'waste')),
    employee_id   bigint not null references pos.employee,
    created_at    timestamptz not null default now()
);
create index cancelled_item_order_item_idx on pos.cancelled_item (order_item_id);

alter table pos.stock_movement
    add foreign key (order_id) references pos.customer_order,
    add foreign key (order_item_id) references pos.order_item;
alter table pos.loyalty_entry add foreign key (order_id) references pos.customer_order;
create index loyalty_entry_order_idx on pos.loyalty_entry (order_id) where order_id is not null;

-- Legal moves: pending -> preparing -> completed, pending -> completed, and cancelling an open order.
create function pos.check_order_transition() returns trigger
language plpgsql as $$
begin
    if new.status = old.status then
        return new;
    end if;
    if (old.status, new.status) not in (('pending', 'preparing'), ('pending', 'completed'),
                                        ('preparing', 'completed'), ('pending', 'cancelled'),
                                        ('preparing', 'cancelled')) then
        raise exception 'order.error.illegal_transition' using errcode = 'SX409',
            detail = json_build_object('order_id', old.id, 'number', old.daily_number,
                                       'from', old.status, 'to', new.status)::text;
    end if;
    new.status_changed_at := now();
    return new;
end $$;
create trigger customer_order_transition before update of status on pos.customer_order
    for each row execute function pos.check_order_transition();

-- Lines and cancellations are history: they are never edited away.
create trigger cancelled_item_append_only before update or delete on pos.cancelled_item
    for each row execute function pos.forbid_change();
create trigger order_item_no_delete before delete on pos.order_item
    for each row execute function pos.forbid_change();
create trigger customer_order_no_delete before delete on pos.customer_order
    for each row execute function pos.forbid_change();
