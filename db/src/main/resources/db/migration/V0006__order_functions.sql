-- The selling path as database functions: one round trip per sale, every check and every write in the
-- caller's transaction, hot ingredient rows locked last (in id order) and so held for the shortest time.
--
-- Errors: SQLSTATE SX400 (bad input), SX404 (unknown thing), SX409 (state conflict, shortage).
-- The message is a message key for the client's resource bundles; the detail is JSON with its arguments.

-- p_items: [{"product_id": 1, "quantity": 2, "option_ids": [3, 5], "note": "less ice"}, ...]
create function pos.place_order(p_client_order_id uuid, p_employee_id bigint, p_terminal_id bigint,
                                p_customer_id bigint, p_redeem_points bigint, p_items jsonb)
returns table (order_id bigint, daily_number integer, total_minor bigint, replayed boolean)
language plpgsql as $$
declare
    v_order_id  bigint;
    v_number    integer;
    v_total     bigint;
    v_day       date := current_date;
    v_base      bigint;
    v_subtotal  bigint;
    v_discount  bigint := 0;
    v_points    bigint := coalesce(p_redeem_points, 0);
    v_problem   jsonb;
    v_ids       bigint[];
    v_need      numeric[];
begin
    if p_client_order_id is null then
        raise exception 'order.error.no_client_id' using errcode = 'SX400';
    end if;

    -- A retry of an order that was stored (say, the acknowledgement was lost) returns that order.
    select o.id, o.daily_number, o.subtotal_minor - o.discount_minor into v_order_id, v_number, v_total
      from pos.customer_order o where o.client_order_id = p_client_order_id;
    if found then
        return query select v_order_id, v_number, v_total, true;
        return;
    end if;

    if p_items is null or jsonb_typeof(p_items) <> 'array' or jsonb_array_length(p_items) = 0 then
        raise exception 'order.error.empty' using errcode = 'SX400';
    end if;
    if jsonb_array_length(p_items) > 100 then
        raise exception 'order.error.too_many_lines' using errcode = 'SX400', detail = '{"max": 100}';
    end if;
    if v_points < 0 or v_points > 100000000 then
        raise exception 'order.error.bad_points' using errcode = 'SX400';
    end if;
    if not exists (select 1 from pos.employee where id = p_employee_id and active) then
        raise exception 'order.error.unknown_employee' using errcode = 'SX404';
    end if;
    if not exists (select 1 from pos.terminal where id = p_terminal_id and active) then
        raise exception 'order.error.unknown_terminal' using errcode = 'SX404';
    end if;
    if p_customer_id is not null and not exists (select 1 from pos.customer where id = p_customer_id and active) then
        raise exception 'order.error.unknown_customer' using errcode = 'SX404';
    end if;

    -- Lines, parsed once into a CTE per statement (no temp tables: they churn the catalog at high rates).
    select jsonb_agg(jsonb_build_object('line', l.line_no) order by l.line_no) into v_problem
      from pos.order_lines(p_items) l
     where l.quantity is null or l.quantity not between 1 and 999;
    if v_problem is not null then
        raise exception 'order.error.bad_quantity' using errcode = 'SX400', detail = v_problem::text;
    end if;

    select jsonb_agg(jsonb_build_object('line', l.line_no, 'product_id', l.product_id) order by l.line_no)
      into v_problem
      from pos.order_lines(p_items) l
      left join pos.product p on p.id = l.product_id and p.active
     where p.id is null;
    if v_problem is not null then
        raise exception 'order.error.unknown_product' using errcode = 'SX404', detail = v_problem::text;
    end if;

    select jsonb_agg(jsonb_build_object('line', l.line_no, 'note_length', length(l.note)) order by l.line_no)
      into v_problem
      from pos.order_lines(p_items) l
     where length(l.note) > 200;
    if v_problem is not null then
        raise exception 'order.error.note_too_long' using errcode = 'SX400', detail = v_problem::text;
    end if;

    -- Every chosen option must be active and belong to a group offered for that product.
    select jsonb_agg(jsonb_build_object('line', l.line_no, 'option_id', o.option_id) order by l.line_no)
      into v_problem
      from pos.order_lines(p_items) l
      cross join lateral unnest(l.option_ids) o(option_id)
     where not exists (select 1 from pos.modifier_option mo
                         join pos.product_modifier_group pmg on pmg.group_id = mo.group_id
                        where mo.id = o.option_id and mo.active and pmg.product_id = l.product_id);
    if v_problem is not null then
        raise exception 'order.error.bad_option' using errcode = 'SX400', detail = v_problem::text;
    end if;

    -- Each group of the product: the number of choices must lie within the group's min and max.
    select jsonb_agg(jsonb_build_object('line', x.line_no, 'group', x.group_name, 'min', x.min_choices,
                                        'max', x.max_choices, 'chosen', x.chosen) order by x.line_no)
      into v_problem
      from (select l.line_no, g.name as group_name, g.min_choices, g.max_choices,
                   (select count(distinct o.option_id) from unnest(l.option_ids) o(option_id)
                      join pos.modifier_option mo on mo.id = o.option_id and mo.group_id = g.id) as chosen
              from pos.order_lines(p_items) l
              join pos.product_modifier_group pmg on pmg.product_id = l.product_id
              join pos.modifier_group g on g.id = pmg.group_id) x
     where x.chosen < x.min_choices or x.chosen > x.max_choices;
    if v_problem is not null then
        raise exception 'order.error.modifier_choices' using errcode = 'SX400', detail = v_problem::text;
    end if;

    -- Prices come from the catalog, never from the caller.
    select sum(line_price.unit_price * l.quantity) into v_subtotal
      from pos.order_lines(p_items) l
      cross join lateral (select p.price_minor + coalesce((select sum(mo.price_delta_minor)
                                                             from pos.modifier_option mo
                                                            where mo.id = any(l.option_ids)), 0) as unit_price
                            from pos.product p where p.id = l.product_id) line_price;
    if v_subtotal > 100000000000 then
        raise exception 'order.error.total_too_large' using errcode = 'SX400';
    end if;

    if v_points > 0 then
        if p_customer_id is null then
            raise exception 'order.error.points_need_customer' using errcode = 'SX400';
        end if;
        v_discount := v_points * (select value::bigint from pos.setting where key = 'loyalty.point_value_minor');
        if v_discount > v_subtotal then
            raise exception 'order.error.discount_exceeds_total' using errcode = 'SX400',
                detail = json_build_object('max_points',
                    v_subtotal / (select value::bigint from pos.setting where key = 'loyalty.point_value_minor'))::text;
        end if;
    end if;

    -- The day's queue number (see pos.order_number_seq).
    select first_seq into v_base from pos.order_day where day = v_day;
    if v_base is null then
        insert into pos.order_day (day, first_seq) values (v_day, nextval('pos.order_number_seq'))
            on conflict (day) do nothing;
        select first_seq into v_base from pos.order_day where day = v_day;
    end if;
    v_number := nextval('pos.order_number_seq') - v_base;

    insert into pos.customer_order (client_order_id, business_day, daily_number, employee_id, terminal_id,
                                    customer_id, subtotal_minor, discount_minor, points_redeemed)
    values (p_client_order_id, v_day, v_number, p_employee_id, p_terminal_id, p_customer_id,
            v_subtotal, v_discount, v_points)
    on conflict (client_order_id) do nothing
    returning id into v_order_id;
    if v_order_id is null then
        -- The same order id committed by a concurrent retry while we worked: answer with that order.
        return query select o.id, o.daily_number, o.subtotal_minor - o.discount_minor, true
                       from pos.customer_order o where o.client_order_id = p_client_order_id;
        return;
    end if;

    insert into pos.order_item (order_id, line_no, product_id, product_name, unit_price_minor, quantity, note)
    select v_order_id, l.line_no, p.id, p.name,
           p.price_minor + coalesce((select sum(mo.price_delta_minor) from pos.modifier_option mo
                                      where mo.id = any(l.option_ids)), 0),
           l.quantity, nullif(btrim(l.note), '')
      from pos.order_lines(p_items) l join pos.product p on p.id = l.product_id;

    insert into pos.order_item_option (order_item_id, option_id, option_name, price_delta_minor)
    select distinct oi.id, mo.id, mo.name, mo.price_delta_minor
      from pos.order_lines(p_items) l
      join pos.order_item oi on oi.order_id = v_order_id and oi.line_no = l.line_no
      join pos.modifier_option mo on mo.id = any(l.option_ids);

    if v_points > 0 then
        perform 1 from pos.customer where id = p_customer_id for no key update;
        if (select points from pos.customer where id = p_customer_id) < v_points then
            raise exception 'order.error.not_enough_points' using errcode = 'SX409',
                detail = json_build_object('available', (select points from pos.customer where id = p_customer_id))::text;
        end if;
        insert into pos.loyalty_entry (customer_id, order_id, points, kind)
        values (p_customer_id, v_order_id, -v_points, 'redeem');
    end if;

    -- Stock last: lock the needed ingredients in id order, check all of them, then deduct.
    select array_agg(n.ingredient_id order by n.ingredient_id), array_agg(n.qty order by n.ingredient_id)
      into v_ids, v_need
      from (select ingredient_id, sum(qty) as qty from pos.order_item_needs(v_order_id) group by ingredient_id) n;

    if v_ids is not null then
        perform 1 from pos.ingredient where id = any(v_ids) order by id for no key update;

        select jsonb_agg(jsonb_build_object('ingredient_id', i.id, 'name', i.name, 'unit', i.unit,
                                            'needed', n.qty,
                                            'available', greatest(i.on_hand - i.min_threshold, 0),
                                            'missing', n.qty - greatest(i.on_hand - i.min_threshold, 0))
                         order by i.name)
          into v_problem
          from unnest(v_ids, v_need) n(ingredient_id, qty)
          join pos.ingredient i on i.id = n.ingredient_id
         where i.on_hand - n.qty < i.min_threshold;
        if v_problem is not null then
            raise exception 'order.error.insufficient_stock' using errcode = 'SX409', detail = v_problem::text;
        end if;

        insert into pos.stock_movement (ingredient_id, delta, kind, order_id, order_item_id, employee_id)
        select ingredient_id, -sum(qty), 'sale', v_order_id, order_item_id, p_employee_id
          from pos.order_item_needs(v_order_id)
         group by order_item_id, ingredient_id;
    end if;

    return query select v_order_id, v_number, v_subtotal - v_discount, false;
end $$;

-- The caller's JSON lines as rows. Bad JSON types surface as the standard invalid-input errors.
create function pos.order_lines(p_items jsonb)
returns table (line_no integer, product_id bigint, quantity integer, option_ids bigint[], note text)
language sql immutable as $$
    select e.ord::integer,
           (e.item ->> 'product_id')::bigint,
           case when jsonb_typeof(e.item -> 'quantity') = 'number'
                 and (e.item ->> 'quantity')::numeric between 1 and 999
                 and (e.item ->> 'quantity')::numeric = trunc((e.item ->> 'quantity')::numeric)
                then (e.item ->> 'quantity')::integer end,
           coalesce((select array_agg(distinct o::bigint) from jsonb_array_elements_text(
                         case when jsonb_typeof(e.item -> 'option_ids') = 'array' then e.item -> 'option_ids'
                              else '[]'::jsonb end) o), '{}'),
           e.item ->> 'note'
      from jsonb_array_elements(p_items) with ordinality e(item, ord)
$$;

-- What each line of an order consumes: the product's recipe plus its options' recipes, times quantity.
create function pos.order_item_needs(p_order_id bigint)
returns table (order_item_id bigint, ingredient_id bigint, qty numeric)
language sql stable as $$
    select oi.id, r.ingredient_id, r.quantity * oi.quantity
      from pos.order_item oi join pos.recipe_item r on r.product_id = oi.product_id
     where oi.order_id = p_order_id
    union all
    select oi.id, r.ingredient_id, r.quantity * oi.quantity
      from pos.order_item oi
      join pos.order_item_option oio on oio.order_item_id = oi.id
      join pos.option_recipe_item r on r.option_id = oio.option_id
     where oi.order_id = p_order_id
$$;

-- Moves a batch of orders to a new status, all or nothing. Completing earns loyalty points.
create function pos.set_order_status(p_order_ids bigint[], p_status text, p_employee_id bigint)
returns integer
language plpgsql as $$
declare
    v_count   integer;
    v_problem jsonb;
begin
    if p_status not in ('preparing', 'completed') then
        raise exception 'order.error.bad_status' using errcode = 'SX400';
    end if;
    if p_order_ids is null or cardinality(p_order_ids) = 0 then
        raise exception 'order.error.empty_batch' using errcode = 'SX400';
    end if;
    perform 1 from pos.customer_order where id = any(p_order_ids) order by id for no key update;

    select jsonb_agg(x.id) into v_problem
      from unnest(p_order_ids) x(id) left join pos.customer_order o on o.id = x.id where o.id is null;
    if v_problem is not null then
        raise exception 'order.error.unknown_order' using errcode = 'SX404', detail = v_problem::text;
    end if;

    -- Checked here for the whole batch, so the error lists every offending order, not just the first.
    select jsonb_agg(jsonb_build_object('order_id', id, 'number', daily_number, 'from', status, 'to', p_status)
                     order by daily_number)
      into v_problem
      from pos.customer_order
     where id = any(p_order_ids)
       and not ((status = 'pending' and p_status in ('preparing', 'completed'))
                or (status = 'preparing' and p_status = 'completed'));
    if v_problem is not null then
        raise exception 'order.error.illegal_transition' using errcode = 'SX409', detail = v_problem::text;
    end if;

    update pos.customer_order set status = p_status where id = any(p_order_ids);
    get diagnostics v_count = row_count;

    if p_status = 'completed' then
        insert into pos.loyalty_entry (customer_id, order_id, points, kind)
        select o.customer_id, o.id, pts.points, 'earn'
          from pos.customer_order o
          cross join lateral (select (greatest(o.subtotal_minor - o.discount_minor - o.cancelled_minor, 0)
                                      * (select value::numeric from pos.setting where key = 'loyalty.earn_percent') / 100
                                      / (select value::numeric from pos.setting where key = 'loyalty.point_value_minor')
                                     )::bigint as points) pts
         where o.id = any(p_order_ids) and o.customer_id is not null and pts.points > 0;
    end if;
    return v_count;
end $$;

-- Cancels some lines (or parts of lines) of an open order.
-- p_lines: [{"order_item_id": 7, "quantity": 1, "reason": "spilled", "disposition": "waste"}, ...]
-- When nothing is left on the order it becomes cancelled and redeemed points go back to the customer.
create function pos.cancel_order_items(p_order_id bigint, p_employee_id bigint, p_lines jsonb)
returns text
language plpgsql as $$
declare
    v_order   pos.customer_order;
    v_problem jsonb;
    v_left    bigint;
    v_fully   boolean;
begin
    select * into v_order from pos.customer_order where id = p_order_id for no key update;
    if not found then
        raise exception 'order.error.unknown_order' using errcode = 'SX404',
            detail = json_build_array(p_order_id)::text;
    end if;
    if v_order.status not in ('pending', 'preparing') then
        raise exception 'order.error.not_cancellable' using errcode = 'SX409',
            detail = json_build_object('number', v_order.daily_number, 'status', v_order.status)::text;
    end if;
    if not exists (select 1 from pos.employee where id = p_employee_id and active) then
        raise exception 'order.error.unknown_employee' using errcode = 'SX404';
    end if;
    if p_lines is null or jsonb_typeof(p_lines) <> 'array' or jsonb_array_length(p_lines) = 0 then
        raise exception 'order.error.empty_cancel' using errcode = 'SX400';
    end if;

    select jsonb_agg(jsonb_build_object('order_item_id', c.order_item_id) order by c.order_item_id) into v_problem
      from pos.cancel_lines(p_lines) c
      left join pos.order_item oi on oi.id = c.order_item_id and oi.order_id = p_order_id
     where oi.id is null or c.quantity is null or c.disposition is null
        or c.reason is null or length(c.reason) > 500
        or c.quantity > oi.quantity - oi.cancelled_quantity;
    if v_problem is not null then
        raise exception 'order.error.bad_cancel_line' using errcode = 'SX400', detail = v_problem::text;
    end if;

    insert into pos.cancelled_item (order_item_id, quantity, reason, disposition, employee_id)
    select c.order_item_id, c.quantity, c.reason, c.disposition, p_employee_id from pos.cancel_lines(p_lines) c;

    -- Return exactly what the sale took for the cancelled part of each line (recipes may have changed since).
    insert into pos.stock_movement (ingredient_id, delta, kind, order_id, order_item_id, employee_id, reason)
    select sm.ingredient_id, round(-sum(sm.delta) * c.quantity / oi.quantity, 3), 'cancel_return',
           p_order_id, oi.id, p_employee_id, c.reason
      from pos.cancel_lines(p_lines) c
      join pos.order_item oi on oi.id = c.order_item_id
      join pos.stock_movement sm on sm.order_item_id = oi.id and sm.kind = 'sale'
     where c.disposition = 'return_to_stock'
     group by sm.ingredient_id, oi.id, oi.quantity, c.quantity, c.reason;

    update pos.order_item oi set cancelled_quantity = oi.cancelled_quantity + c.quantity
      from pos.cancel_lines(p_lines) c where oi.id = c.order_item_id;

    select sum(unit_price_minor * (quantity - cancelled_quantity)), bool_and(cancelled_quantity = quantity)
      into v_left, v_fully
      from pos.order_item where order_id = p_order_id;

    update pos.customer_order
       set cancelled_minor = subtotal_minor - v_left,
           status = case when v_fully then 'cancelled' else status end,
           cancel_reason = case when v_fully then (select string_agg(distinct c.reason, '; ')
                                                    from pos.cancel_lines(p_lines) c) else cancel_reason end,
           discount_minor = least(discount_minor, v_left)  -- a discount never exceeds what is left to pay
     where id = p_order_id
    returning status into v_order.status;

    if v_order.status = 'cancelled' and v_order.points_redeemed > 0 then
        insert into pos.loyalty_entry (customer_id, order_id, points, kind)
        values (v_order.customer_id, p_order_id, v_order.points_redeemed, 'redeem_return');
    end if;
    return v_order.status;
end $$;

create function pos.cancel_lines(p_lines jsonb)
returns table (order_item_id bigint, quantity integer, reason text, disposition text)
language sql immutable as $$
    select (e ->> 'order_item_id')::bigint,
           case when jsonb_typeof(e -> 'quantity') = 'number'
                 and (e ->> 'quantity')::numeric between 1 and 999
                 and (e ->> 'quantity')::numeric = trunc((e ->> 'quantity')::numeric)
                then (e ->> 'quantity')::integer end,
           nullif(btrim(e ->> 'reason'), ''),
           case when e ->> 'disposition' in ('return_to_stock', 'waste') then e ->> 'disposition' end
      from jsonb_array_elements(p_lines) e
$$;

-- Cancels everything still open on an order, every line with the same reason and disposition.
create function pos.cancel_order(p_order_id bigint, p_employee_id bigint, p_reason text, p_disposition text)
returns text
language plpgsql as $$
declare
    v_lines jsonb;
    v_status text;
begin
    select status into v_status from pos.customer_order where id = p_order_id for no key update;
    if not found then
        raise exception 'order.error.unknown_order' using errcode = 'SX404', detail = json_build_array(p_order_id)::text;
    end if;
    if v_status not in ('pending', 'preparing') then
        raise exception 'order.error.not_cancellable' using errcode = 'SX409',
            detail = json_build_object('order_id', p_order_id, 'status', v_status)::text;
    end if;
    select jsonb_agg(jsonb_build_object('order_item_id', id, 'quantity', quantity - cancelled_quantity,
                                        'reason', p_reason, 'disposition', p_disposition))
      into v_lines
      from pos.order_item where order_id = p_order_id and cancelled_quantity < quantity;
    return pos.cancel_order_items(p_order_id, p_employee_id, v_lines);
end $$;
