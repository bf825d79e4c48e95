-- pos.order_item_needs read back a stored order's lines to compute what they consume. Its only caller,
-- the first place_order (V0006), was replaced in V0008, which computes consumption from the lines and
-- recipes directly; nothing else uses it.
drop function pos.order_item_needs(bigint);
