-- A discount above a set limit is a manager's action. Loyalty points are the only discount so far: a cashier
-- redeeming points worth more than security.discount_limit_minor on one order needs a manager's approval
-- (pos.approve(..., 'discount_over_limit')). A resend of an order already stored needs none (the approval
-- was used by the first attempt).
insert into pos.setting (key, value) values ('security.discount_limit_minor', '50000');
insert into pos.permission (code, description, approvable) values
    ('discount_over_limit', 'Give a discount (redeem points) above security.discount_limit_minor on one order', true);
insert into pos.role_permission (role, permission) values ('admin', 'discount_over_limit'), ('manager', 'discount_over_limit');

drop function pos.place_order(text, uuid, bigint, bigint, jsonb);
create function pos.place_order(p_session text, p_client_order_id uuid, p_customer_id bigint,
                                p_redeem_points bigint, p_items jsonb, p_approval text)
returns table (order_id bigint, daily_number integer, total_minor bigint, replayed boolean)
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s          pos.employee_session := pos.current_session(p_session);
    v_approver bigint;
    r          record;
begin
    perform pos.authorize(s, 'sell', null);
    if coalesce(p_redeem_points, 0) > 0
       and p_redeem_points * (select value::bigint from pos.setting where key = 'loyalty.point_value_minor')
           > (select value::bigint from pos.setting where key = 'security.discount_limit_minor')
       and not exists (select 1 from pos.customer_order o where o.client_order_id = p_client_order_id) then
        v_approver := pos.authorize(s, 'discount_over_limit', p_approval);
    end if;
    select * into r
      from pos.place_order(p_client_order_id, s.employee_id, s.terminal_id, p_customer_id, p_redeem_points, p_items) x;
    if not r.replayed then
        perform pos.audit(s.terminal_id, s.employee_id, v_approver, s.id, 'sale', 'order', r.order_id,
                          jsonb_build_object('number', r.daily_number, 'total_minor', r.total_minor,
                                             'customer_id', p_customer_id, 'points_redeemed', p_redeem_points,
                                             'lines', jsonb_array_length(p_items)));
    end if;
    return query select r.order_id, r.daily_number, r.total_minor, r.replayed;
end $$;
