-- Runs after every migrate (Flyway callback), whoever migrated: hands everything in schema pos to
-- stoika_owner and (re)applies the grants, so a new table or function is never left reachable by accident.
-- Idempotent. The terminal gets exactly: USAGE on the schema, SELECT on what the screens show, EXECUTE on
-- the session-checked functions. Extension functions (pg_trgm, pgcrypto) keep their default EXECUTE: they
-- are pure computations that read no table.
do $$
declare
    r       record;
    v_owner oid;
    v_sig   text;
begin
    if not exists (select from pg_roles where rolname = 'stoika_owner') then
        raise notice 'Roles stoika_owner/stoika_terminal/stoika_ops do not exist yet: privileges not applied';
        return;
    end if;
    v_owner := 'stoika_owner'::regrole;

    -- Ownership: the schema, tables, views, free-standing sequences, functions and types (not extension members).
    if (select nspowner from pg_namespace where nspname = 'pos') <> v_owner then
        alter schema pos owner to stoika_owner;
    end if;
    for r in
        select c.oid::regclass as name, c.relkind
          from pg_class c
         where c.relnamespace = 'pos'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
           and c.relowner <> v_owner
           and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                             and d.deptype in ('e', 'a', 'i'))
    loop
        execute format('alter %s %s owner to stoika_owner',
                       case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                      when 'm' then 'materialized view' else 'table' end, r.name);
    end loop;
    for r in
        select p.oid::regprocedure as sig
          from pg_proc p
         where p.pronamespace = 'pos'::regnamespace and p.proowner <> v_owner
           and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                             and d.deptype = 'e')
    loop
        execute format('alter routine %s owner to stoika_owner', r.sig);
    end loop;
    for r in
        select t.oid::regtype as name
          from pg_type t
          left join pg_class c on c.oid = t.typrelid
         where t.typnamespace = 'pos'::regnamespace and t.typowner <> v_owner
           and (t.typtype in ('e', 'd', 'r', 'm') or (t.typtype = 'c' and c.relkind = 'c'))
           and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                             and d.deptype = 'e')
    loop
        execute format('alter type %s owner to stoika_owner', r.name);
    end loop;

    -- Start from nothing for everyone but the owner.
    revoke all on schema pos from public, stoika_terminal, stoika_ops;
    revoke all on all tables in schema pos from public, stoika_terminal, stoika_ops;
    revoke all on all sequences in schema pos from public, stoika_terminal, stoika_ops;
    for r in
        select p.oid::regprocedure as sig
          from pg_proc p
         where p.pronamespace = 'pos'::regnamespace
           and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                             and d.deptype = 'e')
    loop
        execute format('revoke all on function %s from public, stoika_terminal, stoika_ops', r.sig);
    end loop;
    -- Temporary objects would let a connection shadow names; nothing here needs them.
    begin
        execute format('revoke temporary on database %I from public', current_database());
    exception when insufficient_privilege then
        raise notice 'TEMPORARY on % not revoked from PUBLIC: % does not own the database', current_database(), current_user;
    end;

    grant usage on schema pos to stoika_terminal, stoika_ops;

    -- The terminal reads what its screens show. Not: employee_credential, employee_session, approval,
    -- audit_log, audit_chain, and not employee.salary_minor.
    foreach v_sig in array array[
        'setting', 'position', 'terminal', 'permission', 'role_permission',
        'category', 'product', 'product_image', 'modifier_group', 'modifier_option', 'product_modifier_group',
        'ingredient', 'recipe_item', 'option_recipe_item', 'stock_movement',
        'customer', 'loyalty_entry',
        'order_day', 'customer_order', 'order_item', 'order_item_option', 'cancelled_item',
        'shift', 'cash_movement', 'payment', 'shift_report',
        'flyway_schema_history']
    loop
        if to_regclass('pos.' || v_sig) is not null then
            execute format('grant select on pos.%I to stoika_terminal', v_sig);
        end if;
    end loop;
    grant select (id, full_name, position_id, role, hire_date, active) on pos.employee to stoika_terminal;

    -- ... and calls the session-checked functions, plus the read-only search.
    foreach v_sig in array array[
        'pos.login_with_pin(bigint, bigint, text)',
        'pos.login_with_password(bigint, text, text)',
        'pos.logout(text)',
        'pos.session_info(text)',
        'pos.approve(text, bigint, text, text)',
        'pos.place_order(text, uuid, bigint, bigint, jsonb)',
        'pos.place_order(text, uuid, bigint, bigint, jsonb, text, jsonb)',
        'pos.set_order_status(text, bigint[], text)',
        'pos.cancel_order(text, bigint, text, text, text)',
        'pos.cancel_order_items(text, bigint, jsonb, text)',
        'pos.record_stock_movement(text, bigint, numeric, text, text, text)',
        'pos.count_stock(text, bigint, numeric, text, text)',
        'pos.set_product_price(text, bigint, bigint, text)',
        'pos.register_customer(text, text, text)',
        'pos.open_shift(text, bigint)',
        'pos.cash_in(text, bigint, text)',
        'pos.cash_out(text, bigint, text, text)',
        'pos.close_shift(text, bigint)',
        'pos.add_position(text, text)',
        'pos.create_employee(text, text, bigint, text, bigint, date, text, text, text)',
        'pos.set_employee_role(text, bigint, text)',
        'pos.set_employee_pin(text, bigint, text)',
        'pos.set_employee_password(text, bigint, text, text)',
        'pos.deactivate_employee(text, bigint)',
        'pos.search_products(text, integer)']
    loop
        if to_regprocedure(v_sig) is not null then
            execute format('grant execute on function %s to stoika_terminal', v_sig);
        end if;
    end loop;

    -- Ops reads everything (backups, the audit check) even when pg_read_all_data could not be granted.
    grant select on all tables in schema pos to stoika_ops;
    grant select on all sequences in schema pos to stoika_ops;
    foreach v_sig in array array['pos.verify_audit_chain()',
        'pos.audit_hash(bytea, text, bigint, timestamp with time zone, bigint, bigint, bigint, bigint, text, text, bigint, jsonb)']
    loop
        if to_regprocedure(v_sig) is not null then
            execute format('grant execute on function %s to stoika_ops', v_sig);
        end if;
    end loop;
end $$;
