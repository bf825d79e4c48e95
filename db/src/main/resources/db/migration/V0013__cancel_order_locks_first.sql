-- Cancelling a whole order: check the session, then lock the order before reading what is still open on
-- it, so that a concurrent partial cancellation cannot make the lines stale (the internal cancel_order of
-- V0006 did the same). Nothing is locked for a caller without a valid session.
create or replace function pos.cancel_order(p_session text, p_order_id bigint, p_reason text, p_disposition text,
                                            p_approval text)
returns text
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    v_lines jsonb;
begin
    perform pos.current_session(p_session);
    perform 1 from pos.customer_order where id = p_order_id for no key update;
    select jsonb_agg(jsonb_build_object('order_item_id', id, 'quantity', quantity - cancelled_quantity,
                                        'reason', p_reason, 'disposition', p_disposition))
      into v_lines
      from pos.order_item where order_id = p_order_id and cancelled_quantity < quantity;
    -- Nothing open (or no such order): the checks in cancel_order_items name the reason.
    return pos.cancel_order_items(p_session, p_order_id, coalesce(v_lines, '[]'), p_approval);
end $$;
