-- Payments and cash shifts. A sale is now an order AND its payment, stored in one transaction by
-- pos.place_order; a cancellation gives the money back as refund rows; every payment and every cash
-- movement belongs to the open shift of the till it happened at, and closing the shift counts the drawer.
--
-- Locking: every function that writes into a shift (sale, refund, cash in/out, close) first locks the
-- shift row FOR UPDATE, always before ingredients and the audit chain head (the order every function here
-- takes its locks in). So a close waits for the sales in flight and then sees all of them, and a sale
-- that waited for a close finds the shift closed and is refused: no sale can miss the Z report.

insert into pos.permission (code, description, approvable) values
    ('cash_out', 'Take cash out of the drawer (to the safe, to pay a supplier)', true);
insert into pos.role_permission (role, permission) values ('admin', 'cash_out'), ('manager', 'cash_out');

-- One drawer session per till: opened with a float, closed with a count. At most one open per terminal.
create table pos.shift (
    id                  bigint generated always as identity primary key,
    terminal_id         bigint not null references pos.terminal,
    opened_by           bigint not null references pos.employee,
    opened_at           timestamptz not null default now(),
    opening_float_minor bigint not null check (opening_float_minor between 0 and 100000000000),
    closed_by           bigint references pos.employee,
    closed_at           timestamptz,
    counted_cash_minor  bigint check (counted_cash_minor between 0 and 100000000000),
    expected_cash_minor bigint,   -- may be negative: it is what the records say, the count says what is there
    check ((closed_at is null) = (closed_by is null)
           and (closed_at is null) = (counted_cash_minor is null)
           and (closed_at is null) = (expected_cash_minor is null)),
    check (closed_at >= opened_at)
);
create unique index shift_one_open_per_terminal on pos.shift (terminal_id) where closed_at is null;
create index shift_terminal_idx on pos.shift (terminal_id, opened_at);

-- A closed shift is final; an open one may only be closed (its opening figures never change).
create function pos.guard_shift() returns trigger
language plpgsql as $$
begin
    if old.closed_at is not null then
        raise exception 'shift.error.closed' using errcode = 'SX409',
            detail = json_build_object('shift_id', old.id)::text;
    end if;
    if (new.id, new.terminal_id, new.opened_by, new.opened_at, new.opening_float_minor)
       is distinct from (old.id, old.terminal_id, old.opened_by, old.opened_at, old.opening_float_minor) then
        raise exception 'error.append_only' using errcode = 'SX403',
            detail = 'A shift''s opening figures never change.';
    end if;
    return new;
end $$;
create trigger shift_guard before update on pos.shift
    for each row execute function pos.guard_shift();
create trigger shift_no_delete before delete on pos.shift
    for each row execute function pos.forbid_change();
create trigger shift_no_truncate before truncate on pos.shift
    for each statement execute function pos.forbid_change();

create table pos.cash_movement (
    id           bigint generated always as identity primary key,
    shift_id     bigint not null references pos.shift,
    kind         text not null check (kind in ('in', 'out')),
    amount_minor bigint not null check (amount_minor between 1 and 100000000000),
    reason       text not null check (length(btrim(reason)) between 1 and 200),
    employee_id  bigint not null references pos.employee,
    approved_by  bigint references pos.employee,
    at           timestamptz not null default now()
);
create index cash_movement_shift_idx on pos.cash_movement (shift_id);

-- amount_minor is the part of the order's total this payment covers (or the money given back); a cash
-- sale also records what the guest handed over, so the change is tendered - amount.
create table pos.payment (
    id             bigint generated always as identity primary key,
    order_id       bigint not null references pos.customer_order,
    shift_id       bigint not null references pos.shift,
    kind           text not null check (kind in ('sale', 'refund')),
    method         text not null check (method in ('cash', 'card')),
    amount_minor   bigint not null check (amount_minor between 1 and 100000000000),
    tendered_minor bigint check (tendered_minor between amount_minor and 100000000000),
    card_reference text check (length(card_reference) between 1 and 64),
    employee_id    bigint not null references pos.employee,
    at             timestamptz not null default now(),
    check ((tendered_minor is not null) = (kind = 'sale' and method = 'cash')),
    check (card_reference is null or method = 'card')
);
-- One payment per method per sale (a split is one cash and one card row).
create unique index payment_sale_method on pos.payment (order_id, method) where kind = 'sale';
create index payment_refund_order_idx on pos.payment (order_id) where kind = 'refund';
create index payment_shift_idx on pos.payment (shift_id);

-- Money never lands in a closed shift, whoever inserts: FOR SHARE waits for a close in progress and then
-- sees it. (The functions below already hold the shift FOR UPDATE, so for them this costs no wait.)
create function pos.guard_shift_open() returns trigger
language plpgsql as $$
begin
    perform 1 from pos.shift where id = new.shift_id and closed_at is null for share;
    if not found then
        raise exception 'shift.error.closed' using errcode = 'SX409',
            detail = json_build_object('shift_id', new.shift_id)::text;
    end if;
    return new;
end $$;

create trigger payment_shift_open before insert on pos.payment
    for each row execute function pos.guard_shift_open();
create trigger payment_append_only before update or delete on pos.payment
    for each row execute function pos.forbid_change();
create trigger payment_no_truncate before truncate on pos.payment
    for each statement execute function pos.forbid_change();
create trigger cash_movement_shift_open before insert on pos.cash_movement
    for each row execute function pos.guard_shift_open();
create trigger cash_movement_append_only before update or delete on pos.cash_movement
    for each row execute function pos.forbid_change();
create trigger cash_movement_no_truncate before truncate on pos.cash_movement
    for each statement execute function pos.forbid_change();

-- Which shift sold an order, and in which shift it was cancelled (for the report's counts). Older orders
-- have neither. The sale's shift is filled in by a trigger rather than by the sale function, so the
-- internal pos.place_order (V0008) stays as it is and no second write of the new row is needed.
alter table pos.customer_order
    add column shift_id bigint references pos.shift,
    add column cancelled_shift_id bigint references pos.shift;
create index customer_order_shift_idx on pos.customer_order (shift_id) where shift_id is not null;
create index customer_order_cancelled_shift_idx on pos.customer_order (cancelled_shift_id)
    where cancelled_shift_id is not null;

create function pos.order_shift() returns trigger
language plpgsql as $$
begin
    if new.shift_id is null then
        new.shift_id := (select s.id from pos.shift s where s.terminal_id = new.terminal_id and s.closed_at is null);
    end if;
    return new;
end $$;
create trigger customer_order_shift before insert on pos.customer_order
    for each row execute function pos.order_shift();

-- The X report (any time) and the Z report (a closed shift) in one row per shift. Expected cash is what
-- should be in the drawer: float + cash sales - cash refunds + cash in - cash out; a closed shift shows
-- the figure stored at its close (the same sum: nothing can be added to a closed shift).
create view pos.shift_report as
select s.id as shift_id, s.terminal_id, t.name as terminal_name,
       s.opened_by, ob.full_name as opened_by_name, s.opened_at, s.opening_float_minor,
       s.closed_by, cb.full_name as closed_by_name, s.closed_at,
       p.cash_sales_minor, p.card_sales_minor, p.cash_refunds_minor, p.card_refunds_minor,
       m.cash_in_minor, m.cash_out_minor,
       coalesce(s.expected_cash_minor, s.opening_float_minor + p.cash_sales_minor - p.cash_refunds_minor
                                       + m.cash_in_minor - m.cash_out_minor) as expected_cash_minor,
       s.counted_cash_minor,
       s.counted_cash_minor - s.expected_cash_minor as difference_minor,
       o.sales_count, c.cancelled_count
  from pos.shift s
  join pos.terminal t on t.id = s.terminal_id
  join pos.employee ob on ob.id = s.opened_by
  left join pos.employee cb on cb.id = s.closed_by
 cross join lateral (
        select coalesce(sum(x.amount_minor) filter (where x.kind = 'sale' and x.method = 'cash'), 0)::bigint as cash_sales_minor,
               coalesce(sum(x.amount_minor) filter (where x.kind = 'sale' and x.method = 'card'), 0)::bigint as card_sales_minor,
               coalesce(sum(x.amount_minor) filter (where x.kind = 'refund' and x.method = 'cash'), 0)::bigint as cash_refunds_minor,
               coalesce(sum(x.amount_minor) filter (where x.kind = 'refund' and x.method = 'card'), 0)::bigint as card_refunds_minor
          from pos.payment x where x.shift_id = s.id) p
 cross join lateral (
        select coalesce(sum(x.amount_minor) filter (where x.kind = 'in'), 0)::bigint as cash_in_minor,
               coalesce(sum(x.amount_minor) filter (where x.kind = 'out'), 0)::bigint as cash_out_minor
          from pos.cash_movement x where x.shift_id = s.id) m
 cross join lateral (select count(*)::integer as sales_count from pos.customer_order x where x.shift_id = s.id) o
 cross join lateral (select count(*)::integer as cancelled_count from pos.customer_order x
                      where x.cancelled_shift_id = s.id) c;

-- The open shift at the session's terminal, locked for the caller's transaction; SX409 when there is none.
create function pos.lock_open_shift(p_terminal_id bigint) returns bigint
language plpgsql as $$
declare
    v_id bigint;
begin
    select s.id into v_id from pos.shift s where s.terminal_id = p_terminal_id and s.closed_at is null for update;
    if v_id is null then
        raise exception 'shift.error.not_open' using errcode = 'SX409',
            detail = json_build_object('terminal_id', p_terminal_id)::text;
    end if;
    return v_id;
end $$;

create function pos.check_cash_amount(p_amount_minor bigint, p_min bigint) returns void
language plpgsql immutable as $$
begin
    if p_amount_minor is null or p_amount_minor not between p_min and 100000000000 then
        raise exception 'shift.error.bad_amount' using errcode = 'SX400',
            detail = json_build_object('min', p_min, 'max', 100000000000)::text;
    end if;
end $$;

create function pos.cash_reason(p_reason text) returns text
language plpgsql immutable as $$
declare
    v_reason text := nullif(btrim(p_reason), '');
begin
    if v_reason is null then
        raise exception 'text.error.required' using errcode = 'SX400', detail = '{"field": "reason"}';
    end if;
    if length(v_reason) > 200 then
        raise exception 'text.error.too_long' using errcode = 'SX400', detail = '{"field": "reason", "max": 200}';
    end if;
    return v_reason;
end $$;

-- An integral JSON number as numeric, else null (2.5, "5", true and null are not amounts).
create function pos.json_integer(p_value jsonb) returns numeric
language sql immutable as $$
    select case when jsonb_typeof(p_value) = 'number'  -- nested: the cast must not run on strings
                then case when (p_value #>> '{}')::numeric = trunc((p_value #>> '{}')::numeric)
                          then (p_value #>> '{}')::numeric end end
$$;

-- The caller's payments, checked: [{"method": "cash", "amount_minor": N, "tendered_minor": T},
-- {"method": "card", "amount_minor": M, "reference": "slip 0042"}]. At most one of each method; a cash
-- payment without tendered_minor was paid exactly.
create function pos.sale_payments(p_payments jsonb)
returns table (method text, amount_minor bigint, tendered_minor bigint, reference text)
language plpgsql immutable as $$
declare
    e          jsonb;
    v_index    integer := 0;
    v_seen     text[] := '{}';
    v_amount   numeric;
    v_tendered numeric;
begin
    if p_payments is null then
        return;
    end if;
    if jsonb_typeof(p_payments) <> 'array' then
        raise exception 'payment.error.malformed' using errcode = 'SX400', detail = '{"index": 0}';
    end if;
    for e in select x from jsonb_array_elements(p_payments) x loop
        v_index := v_index + 1;
        if jsonb_typeof(e) <> 'object' or coalesce(e ->> 'method', '') not in ('cash', 'card')
           or pos.json_integer(e -> 'amount_minor') is null
           or (coalesce(jsonb_typeof(e -> 'tendered_minor'), 'null') <> 'null'
               and (e ->> 'method' <> 'cash' or pos.json_integer(e -> 'tendered_minor') is null))
           or (coalesce(jsonb_typeof(e -> 'reference'), 'null') <> 'null'
               and (e ->> 'method' <> 'card' or jsonb_typeof(e -> 'reference') <> 'string')) then
            raise exception 'payment.error.malformed' using errcode = 'SX400',
                detail = json_build_object('index', v_index)::text;
        end if;
        method := e ->> 'method';
        if method = any(v_seen) then
            raise exception 'payment.error.duplicate_method' using errcode = 'SX400',
                detail = json_build_object('method', method)::text;
        end if;
        v_seen := v_seen || method;
        v_amount := pos.json_integer(e -> 'amount_minor');
        v_tendered := coalesce(pos.json_integer(e -> 'tendered_minor'), case when method = 'cash' then v_amount end);
        if v_amount not between 1 and 100000000000 or v_tendered > 100000000000 then
            raise exception 'payment.error.bad_amount' using errcode = 'SX400',
                detail = json_build_object('method', method, 'max', 100000000000)::text;
        end if;
        if v_tendered < v_amount then
            raise exception 'payment.error.tendered_too_low' using errcode = 'SX400',
                detail = json_build_object('amount_minor', v_amount, 'tendered_minor', v_tendered)::text;
        end if;
        reference := nullif(btrim(e ->> 'reference'), '');
        if length(reference) > 64 then
            raise exception 'text.error.too_long' using errcode = 'SX400', detail = '{"field": "reference", "max": 64}';
        end if;
        amount_minor := v_amount;
        tendered_minor := v_tendered;
        return next;
    end loop;
end $$;

-- A stored sale as place_order answers a resend of it: the order and the change given back then.
create function pos.stored_sale(p_client_order_id uuid)
returns table (order_id bigint, daily_number integer, total_minor bigint, change_minor bigint, replayed boolean)
language sql stable as $$
    select o.id, o.daily_number, o.subtotal_minor - o.discount_minor,
           coalesce((select sum(p.tendered_minor - p.amount_minor) from pos.payment p
                      where p.order_id = o.id and p.kind = 'sale' and p.method = 'cash'), 0)::bigint,
           true
      from pos.customer_order o where o.client_order_id = p_client_order_id
$$;

-- Selling: the order and its payment in one transaction, into the open shift of the session's till. The
-- payments must cover the total the database computes exactly, so a price that changed between the
-- screen and the database is caught here and nothing is written.
drop function pos.place_order(text, uuid, bigint, bigint, jsonb, text);
create function pos.place_order(p_session text, p_client_order_id uuid, p_customer_id bigint,
                                p_redeem_points bigint, p_items jsonb, p_approval text, p_payments jsonb)
returns table (order_id bigint, daily_number integer, total_minor bigint, change_minor bigint, replayed boolean)
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint;
    v_shift    bigint;
    v_payments jsonb;
    v_paid     bigint;
    v_change   bigint;
    r          record;
begin
    perform pos.authorize(s, 'sell', null);
    -- A resend of a stored sale (its acknowledgement was lost) answers with what was stored, change
    -- included; it stores nothing and needs no open shift (the shift may have been closed since).
    return query select * from pos.stored_sale(p_client_order_id);
    if found then
        return;
    end if;

    v_shift := pos.lock_open_shift(s.terminal_id);
    select coalesce(jsonb_agg(to_jsonb(x)), '[]'), coalesce(sum(x.amount_minor), 0),
           coalesce(sum(x.tendered_minor - x.amount_minor) filter (where x.method = 'cash'), 0)
      into v_payments, v_paid, v_change
      from pos.sale_payments(p_payments) x;

    if coalesce(p_redeem_points, 0) > 0
       and p_redeem_points * (select value::bigint from pos.setting where key = 'loyalty.point_value_minor')
           > (select value::bigint from pos.setting where key = 'security.discount_limit_minor') then
        v_approver := pos.authorize(s, 'discount_over_limit', p_approval);
    end if;
    select * into r
      from pos.place_order(p_client_order_id, s.employee_id, s.terminal_id, p_customer_id, p_redeem_points, p_items) x;
    if r.replayed then
        -- The same order committed by a concurrent resend while we worked: answer with that one.
        return query select * from pos.stored_sale(p_client_order_id);
        return;
    end if;

    if v_paid <> r.total_minor then
        raise exception 'payment.error.total_mismatch' using errcode = 'SX409',
            detail = json_build_object('expected_minor', r.total_minor, 'paid_minor', v_paid)::text;
    end if;
    insert into pos.payment (order_id, shift_id, kind, method, amount_minor, tendered_minor, card_reference, employee_id)
    select r.order_id, v_shift, 'sale', x.method, x.amount_minor, x.tendered_minor, x.reference, s.employee_id
      from jsonb_to_recordset(v_payments) x(method text, amount_minor bigint, tendered_minor bigint, reference text);

    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'sale', 'order', r.order_id,
                      jsonb_build_object('number', r.daily_number, 'total_minor', r.total_minor,
                                         'customer_id', p_customer_id, 'points_redeemed', p_redeem_points,
                                         'lines', jsonb_array_length(p_items), 'shift_id', v_shift,
                                         'payments', v_payments, 'change_minor', v_change));
    return query select r.order_id, r.daily_number, r.total_minor, v_change, false;
end $$;

-- Cancelling gives the money back: the order's paid total (sales minus refunds so far) minus what is still
-- owed after the cancellation, as refund rows in the CANCELLING till's open shift (that drawer pays out).
-- Card first, up to what was paid by card and not yet refunded, then cash: card money goes back to the
-- card it came from (the bank reverses it), and paying a card payment back in cash would let a card sale
-- be turned into cash from the drawer. A cash refund leaves the drawer, so it lowers the expected cash.
-- Orders without payments (sold before payments were recorded) refund nothing and need no shift.
create or replace function pos.cancel_order_items(p_session text, p_order_id bigint, p_lines jsonb, p_approval text)
returns text
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s             pos.employee_session := pos.current_session(p_session);
    v_status      text;
    v_approver    bigint;
    v_result      text;
    v_shift       bigint;
    v_paid        bigint;
    v_paid_card   bigint;
    v_owed        bigint;
    v_refund      bigint := 0;
    v_refund_card bigint := 0;
begin
    select status into v_status from pos.customer_order where id = p_order_id for no key update;
    v_approver := pos.authorize(s, case when v_status = 'preparing' then 'cancel_preparing' else 'cancel_open' end,
                                case when v_status = 'preparing' then p_approval end);
    -- The canceller's drawer, locked before the cancellation returns stock (a sale locks its shift before
    -- the ingredients too). Whether it is needed is known only after the cancellation.
    select id into v_shift from pos.shift where terminal_id = s.terminal_id and closed_at is null for update;

    v_result := pos.cancel_order_items(p_order_id, s.employee_id, p_lines, v_approver);

    select coalesce(sum(case when p.kind = 'sale' then p.amount_minor else -p.amount_minor end), 0),
           coalesce(sum(case when p.kind = 'sale' then p.amount_minor else -p.amount_minor end)
                        filter (where p.method = 'card'), 0)
      into v_paid, v_paid_card
      from pos.payment p where p.order_id = p_order_id;
    select greatest(o.subtotal_minor - o.cancelled_minor - o.discount_minor, 0) into v_owed
      from pos.customer_order o where o.id = p_order_id;
    v_refund := greatest(v_paid - v_owed, 0);
    if v_refund > 0 then
        if v_shift is null then
            raise exception 'shift.error.not_open' using errcode = 'SX409',
                detail = json_build_object('terminal_id', s.terminal_id)::text;
        end if;
        v_refund_card := least(v_refund, greatest(v_paid_card, 0));
        insert into pos.payment (order_id, shift_id, kind, method, amount_minor, employee_id)
        select p_order_id, v_shift, 'refund', x.method, x.amount, s.employee_id
          from (values ('card', v_refund_card), ('cash', v_refund - v_refund_card)) x(method, amount)
         where x.amount > 0;
    end if;
    if v_result = 'cancelled' then
        update pos.customer_order set cancelled_shift_id = v_shift where id = p_order_id;
    end if;

    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'cancel', 'order', p_order_id,
                      jsonb_build_object('was', v_status, 'now', v_result, 'lines', p_lines, 'shift_id', v_shift,
                                         'refund_card_minor', v_refund_card,
                                         'refund_cash_minor', v_refund - v_refund_card));
    return v_result;
end $$;

create function pos.open_shift(p_session text, p_opening_float_minor bigint)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s       pos.employee_session := pos.current_session(p_session);
    v_id    bigint;
    v_other record;
begin
    perform pos.authorize(s, 'sell', null);
    perform pos.check_cash_amount(p_opening_float_minor, 0);
    begin
        insert into pos.shift (terminal_id, opened_by, opening_float_minor)
        values (s.terminal_id, s.employee_id, p_opening_float_minor)
        returning id into v_id;
    exception when unique_violation then
        select sh.id, e.full_name, sh.opened_at into v_other
          from pos.shift sh join pos.employee e on e.id = sh.opened_by
         where sh.terminal_id = s.terminal_id and sh.closed_at is null;
        raise exception 'shift.error.already_open' using errcode = 'SX409',
            detail = json_build_object('shift_id', v_other.id, 'opened_by', v_other.full_name,
                                       'opened_at', v_other.opened_at)::text;
    end;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'shift_opened', 'shift', v_id,
                      jsonb_build_object('opening_float_minor', p_opening_float_minor));
    return v_id;
end $$;

create function pos.cash_in(p_session text, p_amount_minor bigint, p_reason text)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s        pos.employee_session := pos.current_session(p_session);
    v_reason text;
    v_shift  bigint;
    v_id     bigint;
begin
    perform pos.authorize(s, 'sell', null);
    perform pos.check_cash_amount(p_amount_minor, 1);
    v_reason := pos.cash_reason(p_reason);
    v_shift := pos.lock_open_shift(s.terminal_id);
    insert into pos.cash_movement (shift_id, kind, amount_minor, reason, employee_id)
    values (v_shift, 'in', p_amount_minor, v_reason, s.employee_id)
    returning id into v_id;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'cash_in', 'shift', v_shift,
                      jsonb_build_object('movement_id', v_id, 'amount_minor', p_amount_minor, 'reason', v_reason));
    return v_id;
end $$;

-- Cash out is a manager's action (a cashier needs a manager's approval), and no more than the drawer
-- should hold can be taken out.
create function pos.cash_out(p_session text, p_amount_minor bigint, p_reason text, p_approval text)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint;
    v_reason   text;
    v_shift    bigint;
    v_cash     bigint;
    v_id       bigint;
begin
    v_approver := pos.authorize(s, 'cash_out', p_approval);
    perform pos.check_cash_amount(p_amount_minor, 1);
    v_reason := pos.cash_reason(p_reason);
    v_shift := pos.lock_open_shift(s.terminal_id);
    select r.expected_cash_minor into v_cash from pos.shift_report r where r.shift_id = v_shift;
    if p_amount_minor > v_cash then
        raise exception 'shift.error.not_enough_cash' using errcode = 'SX409',
            detail = json_build_object('available_minor', greatest(v_cash, 0), 'amount_minor', p_amount_minor)::text;
    end if;
    insert into pos.cash_movement (shift_id, kind, amount_minor, reason, employee_id, approved_by)
    values (v_shift, 'out', p_amount_minor, v_reason, s.employee_id, v_approver)
    returning id into v_id;
    perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'cash_out', 'shift', v_shift,
                      jsonb_build_object('movement_id', v_id, 'amount_minor', p_amount_minor, 'reason', v_reason));
    return v_id;
end $$;

-- The Z report: stores the expected and the counted cash and closes the shift. Returns the shift's id.
create function pos.close_shift(p_session text, p_counted_cash_minor bigint)
returns bigint
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s        pos.employee_session := pos.current_session(p_session);
    v_shift  bigint;
    v_report pos.shift_report;
begin
    perform pos.authorize(s, 'sell', null);
    perform pos.check_cash_amount(p_counted_cash_minor, 0);
    v_shift := pos.lock_open_shift(s.terminal_id);
    -- Every write into this shift locks it first, so whatever wrote into it has committed by now and
    -- nothing can follow: these figures are final.
    select * into v_report from pos.shift_report r where r.shift_id = v_shift;
    update pos.shift
       set closed_by = s.employee_id, closed_at = clock_timestamp(),  -- after the last sale, not at our start
           counted_cash_minor = p_counted_cash_minor, expected_cash_minor = v_report.expected_cash_minor
     where id = v_shift;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'shift_closed', 'shift', v_shift,
                      jsonb_build_object('opening_float_minor', v_report.opening_float_minor,
                                         'cash_sales_minor', v_report.cash_sales_minor,
                                         'card_sales_minor', v_report.card_sales_minor,
                                         'cash_refunds_minor', v_report.cash_refunds_minor,
                                         'card_refunds_minor', v_report.card_refunds_minor,
                                         'cash_in_minor', v_report.cash_in_minor,
                                         'cash_out_minor', v_report.cash_out_minor,
                                         'expected_cash_minor', v_report.expected_cash_minor,
                                         'counted_cash_minor', p_counted_cash_minor,
                                         'difference_minor', p_counted_cash_minor - v_report.expected_cash_minor,
                                         'sales_count', v_report.sales_count));
    return v_shift;
end $$;
