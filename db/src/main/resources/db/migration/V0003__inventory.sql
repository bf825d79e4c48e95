-- Inventory: ingredients, recipes and the stock ledger.
--
-- Invariant: ingredient.on_hand always equals the sum of its stock_movement rows. The database keeps it:
-- on_hand starts at 0 and changes only through the ledger trigger below; the ledger is append-only;
-- on_hand can never go below zero.
create table pos.ingredient (
    id            bigint generated always as identity primary key,
    name          text not null unique check (length(btrim(name)) between 1 and 60),
    unit          text not null check (unit in ('g', 'ml', 'pcs')),
    on_hand       numeric(14, 3) not null default 0 check (on_hand >= 0),
    min_threshold numeric(14, 3) not null default 0 check (min_threshold >= 0),
    active        boolean not null default true
);

create table pos.recipe_item (
    product_id    bigint not null references pos.product on delete cascade,
    ingredient_id bigint not null references pos.ingredient,
    quantity      numeric(12, 3) not null check (quantity > 0 and quantity <= 100000),
    primary key (product_id, ingredient_id)
);
create index recipe_item_ingredient_idx on pos.recipe_item (ingredient_id);

create table pos.option_recipe_item (
    option_id     bigint not null references pos.modifier_option on delete cascade,
    ingredient_id bigint not null references pos.ingredient,
    quantity      numeric(12, 3) not null check (quantity > 0 and quantity <= 100000),
    primary key (option_id, ingredient_id)
);
create index option_recipe_item_ingredient_idx on pos.option_recipe_item (ingredient_id);

create table pos.stock_movement (
    id            bigint generated always as identity primary key,
    ingredient_id bigint not null references pos.ingredient,
    delta         numeric(14, 3) not null check (delta <> 0),
    kind          text not null check (kind in ('receipt', 'sale', 'cancel_return', 'waste', 'adjustment')),
    order_id      bigint,   -- foreign keys added with the order tables
    order_item_id bigint,
    employee_id   bigint references pos.employee,
    reason        text check (length(reason) <= 500),
    created_at    timestamptz not null default now(),
    check (case kind when 'receipt' then delta > 0
                     when 'cancel_return' then delta > 0
                     when 'sale' then delta < 0
                     when 'waste' then delta < 0
                     else true end),
    check ((kind in ('sale', 'cancel_return')) = (order_item_id is not null))
);
create index stock_movement_ingredient_idx on pos.stock_movement (ingredient_id, created_at);
create index stock_movement_order_item_idx on pos.stock_movement (order_item_id) where order_item_id is not null;

-- Applies a statement's movements to on_hand. Rows are locked in id order first so that concurrent
-- sales and cancellations touching the same ingredients never deadlock.
create function pos.apply_stock_movements() returns trigger
language plpgsql as $$
begin
    perform 1 from pos.ingredient
     where id in (select ingredient_id from new_rows)
     order by id
       for no key update;
    update pos.ingredient i
       set on_hand = i.on_hand + m.delta
      from (select ingredient_id, sum(delta) as delta from new_rows group by ingredient_id) m
     where i.id = m.ingredient_id;
    return null;
end $$;

create trigger stock_movement_apply
    after insert on pos.stock_movement
    referencing new table as new_rows
    for each statement execute function pos.apply_stock_movements();

create function pos.guard_on_hand() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' and new.on_hand <> 0 then
        raise exception 'inventory.error.on_hand_via_ledger' using errcode = 'SX400',
            detail = 'A new ingredient starts at 0; record a receipt to add stock.';
    end if;
    -- Depth 1 is a direct UPDATE; the ledger trigger's update runs at depth 2.
    if tg_op = 'UPDATE' and new.on_hand is distinct from old.on_hand and pg_trigger_depth() < 2 then
        raise exception 'inventory.error.on_hand_via_ledger' using errcode = 'SX400',
            detail = 'on_hand changes only by inserting into pos.stock_movement.';
    end if;
    return new;
end $$;

create trigger ingredient_guard_on_hand
    before insert or update of on_hand on pos.ingredient
    for each row execute function pos.guard_on_hand();

create function pos.forbid_change() returns trigger
language plpgsql as $$
begin
    raise exception 'error.append_only' using errcode = 'SX403',
        detail = format('%I.%I is append-only: add a correcting row instead.', tg_table_schema, tg_table_name);
end $$;

create trigger stock_movement_append_only
    before update or delete on pos.stock_movement
    for each row execute function pos.forbid_change();
create trigger stock_movement_no_truncate
    before truncate on pos.stock_movement
    for each statement execute function pos.forbid_change();

-- A manual movement: receipt (restock), waste, or a signed adjustment after a count.
create function pos.record_stock_movement(p_ingredient_id bigint, p_delta numeric, p_kind text,
                                          p_employee_id bigint, p_reason text)
returns bigint
language plpgsql as $$
declare
    v_id bigint;
begin
    if p_kind not in ('receipt', 'waste', 'adjustment') then
        raise exception 'inventory.error.bad_kind' using errcode = 'SX400';
    end if;
    if p_delta is null or p_delta = 0 or abs(p_delta) > 100000000 then
        raise exception 'inventory.error.bad_quantity' using errcode = 'SX400';
    end if;
    if not exists (select 1 from pos.ingredient where id = p_ingredient_id) then
        raise exception 'inventory.error.unknown_ingredient' using errcode = 'SX404';
    end if;
    insert into pos.stock_movement (ingredient_id, delta, kind, employee_id, reason)
    values (p_ingredient_id, p_delta, p_kind, p_employee_id, nullif(btrim(p_reason), ''))
    returning id into v_id;
    return v_id;
exception when check_violation then
    raise exception 'inventory.error.would_go_negative' using errcode = 'SX409',
        detail = json_build_object('ingredient_id', p_ingredient_id)::text;
end $$;
