-- The terminal's API: every write takes a session token first and derives the employee and the terminal
-- from the session, never from ids the caller supplies. These functions are SECURITY DEFINER (owned by
-- stoika_owner, search_path pinned); the id-taking functions of V0003-V0008 stay as the internal logic and
-- are not executable by the terminal (afterMigrate.sql). Manager-only actions take an approval token from
-- pos.approve() when the session's own role does not allow them.

-- cancel_order_items gains the approving manager, recorded beside the cashier on each cancelled_item.
drop function pos.cancel_order_items(bigint, bigint, jsonb);
create function pos.cancel_order_items(p_order_id bigint, p_employee_id bigint, p_lines jsonb,
                                       p_approved_by bigint default null)
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

    insert into pos.cancelled_item (order_item_id, quantity, reason, disposition, employee_id, approved_by)
    select c.order_item_id, c.quantity, c.reason, c.disposition, p_employee_id, p_approved_by
      from pos.cancel_lines(p_lines) c;

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

-- Selling: the same one round trip as before, plus the session check and one audit row.
create function pos.place_order(p_session text, p_client_order_id uuid, p_customer_id bigint,
                                p_redeem_points bigint, p_items jsonb)
returns table (order_id bigint, daily_number integer, total_minor bigint, replayed boolean)
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
    r record;
begin
    perform pos.authorize(s, 'sell', null);
    select * into r
      from pos.place_order(p_client_order_id, s.employee_id, s.terminal_id, p_customer_id, p_redeem_points, p_items) x;
    if not r.replayed then
        perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'sale', 'order', r.order_id,
                          jsonb_build_object('number', r.daily_number, 'total_minor', r.total_minor,
                                             'customer_id', p_customer_id, 'points_redeemed', p_redeem_points,
                                             'lines', jsonb_array_length(p_items)));
    end if;
    return query select r.order_id, r.daily_number, r.total_minor, r.replayed;
end $$;

create function pos.set_order_status(p_session text, p_order_ids bigint[], p_status text)
returns integer
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
    v_count integer;
begin
    perform pos.authorize(s, 'order_status', null);
    v_count := pos.set_order_status(p_order_ids, p_status, s.employee_id);
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'order_status', 'order', null,
                      jsonb_build_object('order_ids', p_order_ids, 'status', p_status));
    return v_count;
end $$;

-- Cancels lines of an open order. A cashier may cancel what is still pending; once the kitchen is preparing
-- it, a manager must approve (or be the one logged in).
create function pos.cancel_order_items(p_session text, p_order_id bigint, p_lines jsonb, p_approval text)
returns text
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_status   text;
    v_approver bigint;
    v_result   text;
begin
    select status into v_status from pos.customer_order where id = p_order_id for no key update;
    v_approver := pos.authorize(s, case when v_status = 'preparing' then 'cancel_preparing' else 'cancel_open' end,
                                case when v_status = 'preparing' then p_approval end);
    v_result := pos.cancel_order_items(p_order_id, s.employee_id, p_lines, v_approver);
    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'cancel', 'order', p_order_id,
                      jsonb_build_object('was', v_status, 'now', v_result, 'lines', p_lines));
    return v_result;
end $$;

create function pos.cancel_order(p_session text, p_order_id bigint, p_reason text, p_disposition text,
                                 p_approval text)
returns text
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    v_lines jsonb;
begin
    select jsonb_agg(jsonb_build_object('order_item_id', id, 'quantity', quantity - cancelled_quantity,
                                        'reason', p_reason, 'disposition', p_disposition))
      into v_lines
      from pos.order_item where order_id = p_order_id and cancelled_quantity < quantity;
    if v_lines is null and exists (select 1 from pos.customer_order where id = p_order_id) then
        -- nothing open on it: let the internal checks name the state
        v_lines := '[]';
    end if;
    return pos.cancel_order_items(p_session, p_order_id, coalesce(v_lines, '[{}]'), p_approval);
end $$;

-- Stock: a delivery needs no approval; waste and adjustments are manager-only.
create function pos.record_stock_movement(p_session text, p_ingredient_id bigint, p_delta numeric, p_kind text,
                                          p_reason text, p_approval text)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint;
    v_id       bigint;
begin
    v_approver := pos.authorize(s, case when p_kind = 'receipt' then 'stock_receive' else 'stock_adjust' end,
                                p_approval);
    if p_kind = 'receipt' and p_delta < 0 then
        raise exception 'inventory.error.bad_quantity' using errcode = 'SX400';
    end if;
    v_id := pos.record_stock_movement(p_ingredient_id, p_delta, p_kind, s.employee_id, p_reason);
    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'stock_movement', 'ingredient', p_ingredient_id,
                      jsonb_build_object('movement_id', v_id, 'kind', p_kind, 'delta', p_delta, 'reason', p_reason));
    return v_id;
end $$;

-- A stock count: records the difference to what is on hand as an adjustment (nothing if equal).
create function pos.count_stock(p_session text, p_ingredient_id bigint, p_counted numeric, p_reason text,
                                p_approval text)
returns numeric
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint;
    v_on_hand  numeric;
    v_delta    numeric;
begin
    v_approver := pos.authorize(s, 'stock_adjust', p_approval);
    if p_counted is null or p_counted < 0 or p_counted > 100000000 then
        raise exception 'quantity.error.out_of_range' using errcode = 'SX400';
    end if;
    select on_hand into v_on_hand from pos.ingredient where id = p_ingredient_id for no key update;
    if not found then
        raise exception 'inventory.error.unknown_ingredient' using errcode = 'SX404';
    end if;
    v_delta := p_counted - v_on_hand;
    if v_delta <> 0 then
        perform pos.record_stock_movement(p_ingredient_id, v_delta, 'adjustment', s.employee_id, p_reason);
    end if;
    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'stock_count', 'ingredient', p_ingredient_id,
                      jsonb_build_object('counted', p_counted, 'delta', v_delta, 'reason', p_reason));
    return v_delta;
end $$;

create function pos.set_product_price(p_session text, p_product_id bigint, p_price_minor bigint, p_approval text)
returns void
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint := pos.authorize(s, 'price_change', p_approval);
    v_old      bigint;
begin
    select price_minor into v_old from pos.product where id = p_product_id for no key update;
    if not found then
        raise exception 'catalog.error.unknown_product' using errcode = 'SX404';
    end if;
    if p_price_minor is null or p_price_minor not between 0 and 100000000 then
        raise exception 'catalog.error.bad_price' using errcode = 'SX400';
    end if;
    update pos.product set price_minor = p_price_minor where id = p_product_id;
    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'price_change', 'product', p_product_id,
                      jsonb_build_object('old', v_old, 'new', p_price_minor));
end $$;

create function pos.register_customer(p_session text, p_name text, p_phone text)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s    pos.employee_session := pos.current_session(p_session);
    v_id bigint;
begin
    perform pos.authorize(s, 'customer_register', null);
    begin
        insert into pos.customer (name, phone) values (btrim(p_name), p_phone) returning id into v_id;
    exception when unique_violation then
        raise exception 'customer.error.phone_taken' using errcode = 'SX409',
            detail = json_build_object('phone', p_phone)::text;
    end;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'customer_created', 'customer', v_id,
                      jsonb_build_object('name', btrim(p_name), 'phone', p_phone));
    return v_id;
end $$;

-- User management (admin only, from a password session).
create function pos.check_pin(p_pin text) returns text
language plpgsql volatile as $$
begin
    if p_pin is null or p_pin !~ '^[0-9]{4,8}$' then
        raise exception 'security.error.bad_pin' using errcode = 'SX400', detail = '{"min": 4, "max": 8}';
    end if;
    return pos.crypt(p_pin, pos.gen_salt('bf', 8));
end $$;

create function pos.check_password(p_password text) returns text
language plpgsql volatile as $$
begin
    if p_password is null or length(p_password) not between 8 and 128 then
        raise exception 'security.error.bad_password' using errcode = 'SX400', detail = '{"min": 8, "max": 128}';
    end if;
    return pos.crypt(p_password, pos.gen_salt('bf', 10));
end $$;

-- The last active admin can be neither demoted nor deactivated. Admin rows are locked first, so two admins
-- demoting each other at once cannot both succeed.
create function pos.guard_last_admin(p_employee_id bigint) returns void
language plpgsql as $$
begin
    perform 1 from pos.employee where role = 'admin' and active order by id for no key update;
    if exists (select 1 from pos.employee where id = p_employee_id and role = 'admin' and active)
       and not exists (select 1 from pos.employee where role = 'admin' and active and id <> p_employee_id) then
        raise exception 'staff.error.last_admin' using errcode = 'SX409';
    end if;
end $$;

create function pos.end_sessions(p_employee_id bigint, p_reason text) returns void
language sql as $$
    update pos.employee_session set ended_at = now(), end_reason = p_reason
     where employee_id = p_employee_id and ended_at is null
$$;

create function pos.add_position(p_session text, p_name text) returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s    pos.employee_session := pos.current_session(p_session);
    v_id bigint;
begin
    perform pos.authorize(s, 'user_admin', null);
    insert into pos.position (name) values (btrim(p_name)) returning id into v_id;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'position_created', 'position', v_id,
                      jsonb_build_object('name', btrim(p_name)));
    return v_id;
end $$;

create function pos.create_employee(p_session text, p_full_name text, p_position_id bigint, p_role text,
                                    p_salary_minor bigint, p_hire_date date, p_pin text, p_login text,
                                    p_password text)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s    pos.employee_session := pos.current_session(p_session);
    v_id bigint;
begin
    perform pos.authorize(s, 'user_admin', null);
    if not exists (select 1 from pos.position where id = p_position_id) then
        raise exception 'staff.error.unknown_position' using errcode = 'SX404';
    end if;
    if (p_login is null) <> (p_password is null) then
        raise exception 'security.error.login_needs_password' using errcode = 'SX400';
    end if;
    if p_login is not null and lower(btrim(p_login)) !~ '^[a-z0-9._-]{3,32}$' then
        raise exception 'security.error.bad_login' using errcode = 'SX400';
    end if;
    insert into pos.employee (full_name, position_id, role, salary_minor, hire_date)
    values (btrim(p_full_name), p_position_id, p_role, coalesce(p_salary_minor, 0), coalesce(p_hire_date, current_date))
    returning id into v_id;
    begin
        insert into pos.employee_credential (employee_id, login, pin_hash, password_hash)
        values (v_id, lower(btrim(p_login)), pos.check_pin(p_pin),
                case when p_password is not null then pos.check_password(p_password) end);
    exception when unique_violation then
        raise exception 'security.error.login_taken' using errcode = 'SX409';
    end;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'employee_created', 'employee', v_id,
                      jsonb_build_object('full_name', btrim(p_full_name), 'role', p_role, 'position_id', p_position_id,
                                         'login', lower(btrim(p_login))));
    return v_id;
end $$;

create function pos.set_employee_role(p_session text, p_employee_id bigint, p_role text) returns void
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s      pos.employee_session := pos.current_session(p_session);
    v_old  text;
begin
    perform pos.authorize(s, 'user_admin', null);
    if p_role is distinct from 'admin' then
        perform pos.guard_last_admin(p_employee_id);
    end if;
    select role into v_old from pos.employee where id = p_employee_id for no key update;
    if not found then
        raise exception 'staff.error.unknown_employee' using errcode = 'SX404';
    end if;
    update pos.employee set role = p_role where id = p_employee_id;
    if v_old <> p_role then
        perform pos.end_sessions(p_employee_id, 'role_changed');
    end if;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'role_changed', 'employee', p_employee_id,
                      jsonb_build_object('old', v_old, 'new', p_role));
end $$;

create function pos.set_employee_pin(p_session text, p_employee_id bigint, p_pin text) returns void
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
begin
    perform pos.authorize(s, 'user_admin', null);
    if not exists (select 1 from pos.employee where id = p_employee_id) then
        raise exception 'staff.error.unknown_employee' using errcode = 'SX404';
    end if;
    insert into pos.employee_credential (employee_id, pin_hash) values (p_employee_id, pos.check_pin(p_pin))
    on conflict (employee_id) do update set pin_hash = excluded.pin_hash, failed_attempts = 0, locked_until = null;
    perform pos.end_sessions(p_employee_id, 'credentials_changed');
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'pin_reset', 'employee', p_employee_id, '{}');
end $$;

create function pos.set_employee_password(p_session text, p_employee_id bigint, p_login text, p_password text)
returns void
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
    v_login text := lower(btrim(p_login));
begin
    perform pos.authorize(s, 'user_admin', null);
    if not exists (select 1 from pos.employee where id = p_employee_id) then
        raise exception 'staff.error.unknown_employee' using errcode = 'SX404';
    end if;
    if v_login is null or v_login !~ '^[a-z0-9._-]{3,32}$' then
        raise exception 'security.error.bad_login' using errcode = 'SX400';
    end if;
    begin
        insert into pos.employee_credential (employee_id, login, password_hash)
        values (p_employee_id, v_login, pos.check_password(p_password))
        on conflict (employee_id) do update
            set login = excluded.login, password_hash = excluded.password_hash, failed_attempts = 0, locked_until = null;
    exception when unique_violation then
        raise exception 'security.error.login_taken' using errcode = 'SX409';
    end;
    perform pos.end_sessions(p_employee_id, 'credentials_changed');
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'password_reset', 'employee', p_employee_id,
                      jsonb_build_object('login', v_login));
end $$;

create function pos.deactivate_employee(p_session text, p_employee_id bigint) returns void
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
begin
    perform pos.authorize(s, 'user_admin', null);
    perform pos.guard_last_admin(p_employee_id);
    update pos.employee set active = false where id = p_employee_id;
    if not found then
        raise exception 'staff.error.unknown_employee' using errcode = 'SX404';
    end if;
    perform pos.end_sessions(p_employee_id, 'deactivated');
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'employee_deactivated', 'employee', p_employee_id, '{}');
end $$;

-- The first admin of an empty database, for stoika_owner (psql) only: refused once an active admin can log
-- in with a password. Returns the new employee's id.
create function pos.bootstrap_admin(p_full_name text, p_login text, p_password text, p_pin text)
returns bigint
language plpgsql as $$
declare
    v_position bigint;
    v_id       bigint;
begin
    if exists (select 1 from pos.employee e join pos.employee_credential c on c.employee_id = e.id
                where e.role = 'admin' and e.active and c.password_hash is not null) then
        raise exception 'security.error.admin_exists' using errcode = 'SX409';
    end if;
    insert into pos.position (name) values ('Administrator') on conflict (name) do nothing;
    select id into v_position from pos.position where name = 'Administrator';
    insert into pos.employee (full_name, position_id, role) values (btrim(p_full_name), v_position, 'admin')
    returning id into v_id;
    insert into pos.employee_credential (employee_id, login, pin_hash, password_hash)
    values (v_id, lower(btrim(p_login)), pos.check_pin(p_pin), pos.check_password(p_password));
    perform pos.audit(null, null, null, null, 'employee_created', 'employee', v_id,
                      jsonb_build_object('full_name', btrim(p_full_name), 'role', 'admin', 'bootstrap', true,
                                         'by', session_user));
    return v_id;
end $$;
