-- Live updates: the database tells every listening client (the queue screen, the catalog, other tills)
-- that something changed, through LISTEN/NOTIFY on three channels:
--   stoika_orders   an order was placed, moved on (preparing, completed) or (partly) cancelled
--   stoika_stock    ingredient stock changed, so which products can be made may have changed
--   stoika_catalog  products, categories, options, prices or recipes changed
-- Clients treat a notification as "re-read", never as the data itself: a client that was disconnected
-- missed notifications and re-reads everything when it reconnects (app.stoika.pos.events.DatabaseEvents).
--
-- Why these choices:
-- * NOTIFY is transactional: it is delivered only when the transaction commits, after its rows are visible,
--   and never for a rolled-back one. A failed sale (say, out of stock) notifies nobody.
-- * PostgreSQL drops a notification identical (same channel and payload) to one already queued by the same
--   transaction. Stock and catalog therefore send a fixed payload (none, or the table name) from
--   statement-level triggers: one notification per transaction however many rows and statements it has.
-- * The cost on the sale path: one row trigger on the order (a WHEN clause filters updates in C, without
--   calling PL/pgSQL) and one statement trigger on the ingredient update the ledger already does. Every
--   transaction that notifies takes a cluster-wide lock from its commit until it has committed, so such
--   commits are serialised (their WAL flushes are not grouped). One sale notifies in one commit whatever it
--   touches; at a café's rate (a few sales a second across all tills) this is far below that ceiling.
-- * Payloads stay tiny (limit: 8000 bytes): an order's id, number, status and till; a table name; nothing.

-- Orders: one notification per changed order. The payload lets a screen react to one order (a bell for a
-- new order, "number 42 is ready") without a query; the queue just re-reads. It is per row because a batch
-- status change touches few orders (a barista's selection), and each row's payload stays ~80 bytes.
create function pos.notify_order_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('stoika_orders', json_build_object('order_id', new.id, 'number', new.daily_number,
                                                         'status', new.status, 'terminal_id', new.terminal_id)::text);
    return null;
end $$;

create trigger customer_order_notify_insert
    after insert on pos.customer_order
    for each row execute function pos.notify_order_change();
-- Status moves and (partial) cancellations; a partial cancellation changes cancelled_minor, not the status,
-- but the card must lose the cancelled items.
create trigger customer_order_notify_update
    after update of status, cancelled_minor on pos.customer_order
    for each row
    when (old.status is distinct from new.status or old.cancelled_minor is distinct from new.cancelled_minor)
    execute function pos.notify_order_change();

-- Stock: on_hand changes only through the ledger, whose statement trigger updates pos.ingredient; a new
-- ingredient or a changed minimum also changes what can be sold. A bare notification: a sale touches
-- several ingredients and the screens re-read availability as a whole.
create function pos.notify_stock_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('stoika_stock', '');
    return null;
end $$;

create trigger ingredient_notify
    after insert or update or delete on pos.ingredient
    for each statement execute function pos.notify_stock_change();

-- Catalog: rare edits from the back office (prices, names, options, recipes, pictures). The payload names
-- the table, so a screen can skip, say, a picture change; identical ones collapse within a transaction.
create function pos.notify_catalog_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('stoika_catalog', tg_table_name);
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['category', 'product', 'product_image', 'modifier_group', 'modifier_option',
                             'product_modifier_group', 'recipe_item', 'option_recipe_item']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on pos.%I '
                       'for each statement execute function pos.notify_catalog_change()', t || '_notify', t);
    end loop;
end $$;
