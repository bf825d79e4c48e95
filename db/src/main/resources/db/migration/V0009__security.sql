-- Security: database roles, employee credentials, sessions, manager approvals and a hash-chained audit log.
--
-- Every terminal holds database credentials, so PostgreSQL itself decides who may do what:
--   stoika_owner    owns schema pos and everything in it and runs the migrations. Not a superuser.
--   stoika_terminal what the POS client connects as. It may read what the screens show and call the
--                   session-checked functions below; it cannot write any table, read any credential,
--                   session or audit row, or create anything.
--   stoika_ops      backups and replication (ops-tools): LOGIN REPLICATION and pg_read_all_data.
-- Ownership and grants are (re)applied after every migrate by afterMigrate.sql, so this file only creates
-- what is missing. Roles are cluster-wide and many databases may share one cluster: create them only when
-- absent, and tolerate a concurrent creation.
do $$
declare
    v_super boolean := coalesce((select rolsuper from pg_roles where rolname = current_user), false);
begin
    if not exists (select from pg_roles where rolname = 'stoika_owner') then
        begin
            create role stoika_owner login;
        exception when duplicate_object or unique_violation then null;
        end;
    end if;
    if not exists (select from pg_roles where rolname = 'stoika_terminal') then
        begin
            create role stoika_terminal login;
        exception when duplicate_object or unique_violation then null;
        end;
    end if;
    if not exists (select from pg_roles where rolname = 'stoika_ops') then
        begin
            if v_super then
                create role stoika_ops login replication;
            else
                create role stoika_ops login;
                raise notice 'stoika_ops created without REPLICATION: a superuser must run ALTER ROLE stoika_ops REPLICATION';
            end if;
        exception when duplicate_object or unique_violation then null;
        end;
    end if;
    begin
        grant pg_read_all_data to stoika_ops;
    exception when insufficient_privilege or invalid_grant_operation then
        raise notice 'stoika_ops was not granted pg_read_all_data: % may not grant it (a superuser can)', current_user;
    end;
end $$;

-- bcrypt (crypt/gen_salt), random tokens. pgcrypto is a trusted extension since PostgreSQL 13.
create extension if not exists pgcrypto schema pos;

insert into pos.setting (key, value) values
    ('security.session_idle_minutes', '30'),  -- a session unused this long is over
    ('security.max_failed_attempts', '5'),    -- wrong PINs/passwords in a row before a lockout
    ('security.lockout_minutes', '5'),
    ('security.approval_seconds', '120');     -- how long a manager's approval stays usable

create function pos.setting_int(p_key text, p_default integer) returns integer
language sql stable as $$
    select coalesce((select value::integer from pos.setting where key = p_key), p_default)
$$;

-- What each role may do. An admin sees this list; the functions below consult it.
create table pos.permission (
    code        text primary key check (code ~ '^[a-z_]{1,40}$'),
    description text not null,
    approvable  boolean not null  -- a manager's PIN at a cashier's session may stand in for the role
);
create table pos.role_permission (
    role       text not null check (role in ('admin', 'manager', 'cashier')),
    permission text not null references pos.permission,
    primary key (role, permission)
);
insert into pos.permission (code, description, approvable) values
    ('sell',              'Place orders',                                                  false),
    ('order_status',      'Move orders through the queue (preparing, completed)',          false),
    ('cancel_open',       'Cancel pending orders or their items',                          false),
    ('cancel_preparing',  'Cancel orders or items already being prepared',                 true),
    ('stock_receive',     'Record deliveries',                                             false),
    ('stock_adjust',      'Write off stock and correct it after a count',                  true),
    ('price_change',      'Change a product''s price',                                     true),
    ('customer_register', 'Register loyalty customers',                                    false),
    ('user_admin',        'Create employees, set roles, reset PINs and passwords, deactivate (password login only)', false);
insert into pos.role_permission (role, permission)
select r.role, p.code
  from pos.permission p
 cross join (values ('admin'), ('manager'), ('cashier')) r(role)
 where r.role = 'admin'
    or (r.role = 'manager' and p.code <> 'user_admin')
    or (r.role = 'cashier' and p.code in ('sell', 'order_status', 'cancel_open', 'stock_receive', 'customer_register'));

-- Credentials live apart from pos.employee so the terminal can list employees but never read a hash.
create table pos.employee_credential (
    employee_id     bigint primary key references pos.employee,
    login           text unique check (login ~ '^[a-z0-9._-]{3,32}$'),
    pin_hash        text,            -- bcrypt of a 4-8 digit PIN (touchscreen login, approvals)
    password_hash   text,            -- bcrypt of a password of 8+ characters (back office)
    failed_attempts integer not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    check ((login is null) = (password_hash is null))
);

create table pos.employee_session (
    id          bigint generated always as identity primary key,
    token_hash  bytea not null unique,   -- SHA-256 of the token; the token itself is returned once, never stored
    employee_id bigint not null references pos.employee,
    terminal_id bigint not null references pos.terminal,
    role        text not null check (role in ('admin', 'manager', 'cashier')),
    method      text not null check (method in ('pin', 'password')),
    created_at  timestamptz not null default now(),
    last_seen   timestamptz not null default now(),
    ended_at    timestamptz,
    end_reason  text check (end_reason in ('logout', 'switched', 'role_changed', 'deactivated', 'credentials_changed')),
    check ((ended_at is null) = (end_reason is null))
);
create index employee_session_open_idx on pos.employee_session (terminal_id) where ended_at is null;
create index employee_session_employee_idx on pos.employee_session (employee_id) where ended_at is null;

-- A manager's approval of one action at one cashier session: short-lived and single-use.
create table pos.approval (
    id          bigint generated always as identity primary key,
    token_hash  bytea not null unique,
    session_id  bigint not null references pos.employee_session,
    permission  text not null references pos.permission,
    approver_id bigint not null references pos.employee,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);

alter table pos.cancelled_item add column approved_by bigint references pos.employee;

-- The audit log: one hash chain per terminal (and one, 'system', for events without a terminal), so that
-- terminals never wait for each other. Each row's hash covers the previous row's hash and the row's own
-- content; pos.verify_audit_chain() recomputes them. Only stoika_owner may change rows (see afterMigrate).
create table pos.audit_chain (
    chain     text primary key,
    seq       bigint not null default 0,
    prev_hash bytea not null default '\x',   -- the hash before the last append (lets one UPDATE return it)
    last_hash bytea not null default '\x'
);

create table pos.audit_log (
    chain       text not null,
    seq         bigint not null,
    at          timestamptz not null,
    terminal_id bigint,
    employee_id bigint,
    approver_id bigint,
    session_id  bigint,
    action      text not null,
    entity      text,
    entity_id   bigint,
    details     jsonb not null default '{}',
    prev_hash   bytea not null,
    hash        bytea not null,
    primary key (chain, seq)
);
create index audit_log_at_idx on pos.audit_log (at);

-- The canonical content of an audit row, hashed with the previous row's hash. Independent of the session's
-- time zone and of key order (jsonb's text form is canonical).
create function pos.audit_hash(p_prev bytea, p_chain text, p_seq bigint, p_at timestamptz, p_terminal_id bigint,
                               p_employee_id bigint, p_approver_id bigint, p_session_id bigint, p_action text,
                               p_entity text, p_entity_id bigint, p_details jsonb)
returns bytea
language sql stable as $$
    select sha256(p_prev || convert_to(
        p_chain || E'\x1f' || p_seq::text || E'\x1f' || to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
        || E'\x1f' || coalesce(p_terminal_id::text, '') || E'\x1f' || coalesce(p_employee_id::text, '')
        || E'\x1f' || coalesce(p_approver_id::text, '') || E'\x1f' || coalesce(p_session_id::text, '')
        || E'\x1f' || p_action || E'\x1f' || coalesce(p_entity, '') || E'\x1f' || coalesce(p_entity_id::text, '')
        || E'\x1f' || coalesce(p_details, '{}'::jsonb)::text, 'UTF8'))
$$;

-- Appends to the terminal's chain. The chain head stays locked until the transaction ends, so rows of one
-- chain are appended in commit order; called last in each function so the lock is held briefly.
create function pos.audit(p_terminal_id bigint, p_employee_id bigint, p_approver_id bigint, p_session_id bigint,
                          p_action text, p_entity text, p_entity_id bigint, p_details jsonb)
returns void
language plpgsql as $$
declare
    v_chain text := coalesce('terminal:' || p_terminal_id, 'system');
    v_at    timestamptz := clock_timestamp();
    v_seq   bigint;
    v_prev  bytea;
    v_hash  bytea;
begin
    loop
        update pos.audit_chain h
           set seq = h.seq + 1,
               prev_hash = h.last_hash,
               last_hash = pos.audit_hash(h.last_hash, h.chain, h.seq + 1, v_at, p_terminal_id, p_employee_id,
                                          p_approver_id, p_session_id, p_action, p_entity, p_entity_id, p_details)
         where h.chain = v_chain
        returning h.seq, h.prev_hash, h.last_hash into v_seq, v_prev, v_hash;
        exit when found;
        insert into pos.audit_chain (chain) values (v_chain) on conflict do nothing;
    end loop;
    insert into pos.audit_log (chain, seq, at, terminal_id, employee_id, approver_id, session_id, action, entity,
                               entity_id, details, prev_hash, hash)
    values (v_chain, v_seq, v_at, p_terminal_id, p_employee_id, p_approver_id, p_session_id, p_action, p_entity,
            p_entity_id, coalesce(p_details, '{}'), v_prev, v_hash);
end $$;

-- The first broken row of every chain (edited, inserted or deleted rows, or a head that disagrees with the
-- last row). Empty when the log is intact.
create function pos.verify_audit_chain()
returns table (chain text, seq bigint, problem text)
language sql stable as $$
    with r as (
        select a.*, lag(a.hash) over w as before_hash, lag(a.seq) over w as before_seq
          from pos.audit_log a
        window w as (partition by a.chain order by a.seq)
    ), bad as (
        select r.chain, r.seq,
               case when r.seq <> coalesce(r.before_seq, 0) + 1 then 'rows missing before this one'
                    when r.prev_hash <> coalesce(r.before_hash, '\x'::bytea) then 'previous hash does not match'
                    when r.hash <> pos.audit_hash(r.prev_hash, r.chain, r.seq, r.at, r.terminal_id, r.employee_id,
                                                  r.approver_id, r.session_id, r.action, r.entity, r.entity_id, r.details)
                        then 'content does not match its hash'
               end as problem
          from r
    ), first_bad as (
        select distinct on (b.chain) b.chain, b.seq, b.problem
          from bad b where b.problem is not null
         order by b.chain, b.seq
    ), heads as (
        select h.chain, h.seq, 'chain head does not match the last row'::text as problem
          from pos.audit_chain h
          left join lateral (select a.seq, a.hash from pos.audit_log a where a.chain = h.chain
                              order by a.seq desc limit 1) l on true
         where h.seq <> coalesce(l.seq, 0) or h.last_hash <> coalesce(l.hash, '\x'::bytea)
    )
    select f.chain, f.seq, f.problem from first_bad f
    union all
    select h.chain, h.seq, h.problem from heads h where h.chain not in (select f.chain from first_bad f)
    order by 1, 2
$$;

create function pos.hash_token(p_token text) returns bytea
language sql immutable strict as $$
    select sha256(convert_to(p_token, 'UTF8'))
$$;

create function pos.new_token() returns text
language sql volatile as $$
    select encode(pos.gen_random_bytes(32), 'hex')
$$;

-- The caller's open session, or SX403. Touches last_seen at most once a minute (not a write per sale).
create function pos.current_session(p_token text) returns pos.employee_session
language plpgsql as $$
declare
    s pos.employee_session;
begin
    if p_token is not null and length(p_token) = 64 then
        select * into s from pos.employee_session
         where token_hash = pos.hash_token(p_token) and ended_at is null;
    end if;
    if s.id is null
       or s.last_seen < now() - make_interval(mins => pos.setting_int('security.session_idle_minutes', 30)) then
        raise exception 'security.error.no_session' using errcode = 'SX403';
    end if;
    if s.last_seen < now() - interval '1 minute' then
        update pos.employee_session set last_seen = now()
         where id = s.id and last_seen < now() - interval '1 minute';
    end if;
    return s;
end $$;

-- Whether the session may do it: null when its own role suffices, else the approving manager's id taken
-- from a valid approval token (which is used up); SX403 otherwise.
create function pos.authorize(p_session pos.employee_session, p_permission text, p_approval text)
returns bigint
language plpgsql as $$
declare
    v_approver bigint;
begin
    if exists (select 1 from pos.role_permission where role = p_session.role and permission = p_permission) then
        if p_permission = 'user_admin' and p_session.method <> 'password' then
            raise exception 'security.error.password_session_required' using errcode = 'SX403';
        end if;
        return null;
    end if;
    if p_approval is not null then
        update pos.approval set used_at = now()
         where token_hash = pos.hash_token(p_approval) and session_id = p_session.id
           and permission = p_permission and used_at is null and expires_at > now()
        returning approver_id into v_approver;
        if v_approver is not null then
            return v_approver;
        end if;
        raise exception 'security.error.bad_approval' using errcode = 'SX403',
            detail = json_build_object('permission', p_permission)::text;
    end if;
    raise exception 'security.error.not_permitted' using errcode = 'SX403',
        detail = json_build_object('permission', p_permission,
                                   'approvable', (select approvable from pos.permission where code = p_permission))::text;
end $$;

-- Counts a wrong PIN or password; the Nth in a row locks the employee out for a while.
create function pos.record_failed_attempt(p_employee_id bigint) returns timestamptz
language plpgsql as $$
declare
    v_max    integer := pos.setting_int('security.max_failed_attempts', 5);
    v_locked timestamptz;
begin
    update pos.employee_credential
       set failed_attempts = case when failed_attempts + 1 >= v_max then 0 else failed_attempts + 1 end,
           locked_until = case when failed_attempts + 1 >= v_max
                               then now() + make_interval(mins => pos.setting_int('security.lockout_minutes', 5))
                               else locked_until end
     where employee_id = p_employee_id
    returning locked_until into v_locked;
    return case when v_locked > now() then v_locked end;
end $$;

create function pos.secret_matches(p_secret text, p_hash text) returns boolean
language sql stable as $$
    select p_secret is not null and p_hash is not null and pos.crypt(p_secret, p_hash) = p_hash
$$;

create type pos.login_result as (status text, token text, session_id bigint, employee_id bigint, role text,
                                 locked_until timestamptz);

-- A login never raises for a wrong secret: it returns a status, so the failure counter and the audit row
-- commit. status: ok | bad_credentials | locked | unknown_terminal.
create function pos.login_attempt(p_terminal_id bigint, p_employee_id bigint, p_method text, p_secret text)
returns pos.login_result
language plpgsql as $$
declare
    e        pos.employee;
    c        pos.employee_credential;
    v_result pos.login_result;
    v_token  text;
    v_ended  bigint[];
begin
    if not exists (select 1 from pos.terminal where id = p_terminal_id and active) then
        v_result.status := 'unknown_terminal';
        perform pos.audit(null, p_employee_id, null, null, 'login_failed', 'employee', p_employee_id,
                          jsonb_build_object('method', p_method, 'reason', 'unknown_terminal', 'terminal_id', p_terminal_id));
        return v_result;
    end if;
    select * into e from pos.employee where id = p_employee_id;
    -- Locked for the rest of the attempt: concurrent guesses queue here and are all counted.
    select * into c from pos.employee_credential where employee_id = p_employee_id for no key update;
    v_result.employee_id := e.id;

    if c.locked_until > now() then
        v_result.status := 'locked';
        v_result.locked_until := c.locked_until;
        perform pos.audit(p_terminal_id, e.id, null, null, 'login_failed', 'employee', e.id,
                          jsonb_build_object('method', p_method, 'reason', 'locked'));
        return v_result;
    end if;

    if e.id is null or not e.active
       or not pos.secret_matches(p_secret, case p_method when 'pin' then c.pin_hash else c.password_hash end) then
        if c.employee_id is not null then
            v_result.locked_until := pos.record_failed_attempt(c.employee_id);
        end if;
        v_result.status := case when v_result.locked_until is not null then 'locked' else 'bad_credentials' end;
        perform pos.audit(p_terminal_id, e.id, null, null, 'login_failed', 'employee', e.id,
                          jsonb_build_object('method', p_method, 'reason', 'bad_credentials',
                                             'locked_until', v_result.locked_until));
        return v_result;
    end if;

    update pos.employee_credential set failed_attempts = 0, locked_until = null where employee_id = e.id;
    -- One open session per terminal: a new login (a cashier switch) ends whoever was logged in there.
    with ended as (
        update pos.employee_session set ended_at = now(), end_reason = 'switched'
         where terminal_id = p_terminal_id and ended_at is null
        returning id)
    select array_agg(id) into v_ended from ended;

    v_token := pos.new_token();
    insert into pos.employee_session (token_hash, employee_id, terminal_id, role, method)
    values (pos.hash_token(v_token), e.id, p_terminal_id, e.role, p_method)
    returning id into v_result.session_id;
    v_result.status := 'ok';
    v_result.token := v_token;
    v_result.role := e.role;
    perform pos.audit(p_terminal_id, e.id, null, v_result.session_id, 'login', 'employee_session', v_result.session_id,
                      jsonb_build_object('method', p_method, 'role', e.role, 'ended_sessions', v_ended));
    return v_result;
end $$;

create function pos.login_with_pin(p_terminal_id bigint, p_employee_id bigint, p_pin text)
returns pos.login_result
language plpgsql security definer set search_path = pos, pg_temp as $$
begin
    return pos.login_attempt(p_terminal_id, p_employee_id, 'pin', p_pin);
end $$;

create function pos.login_with_password(p_terminal_id bigint, p_login text, p_password text)
returns pos.login_result
language plpgsql security definer set search_path = pos, pg_temp as $$
begin
    return pos.login_attempt(p_terminal_id,
        (select employee_id from pos.employee_credential where login = lower(btrim(p_login))), 'password', p_password);
end $$;

create function pos.logout(p_session text) returns boolean
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    v_id bigint;
    s    pos.employee_session;
begin
    update pos.employee_session set ended_at = now(), end_reason = 'logout'
     where token_hash = pos.hash_token(p_session) and ended_at is null
    returning * into s;
    if s.id is null then
        return false;
    end if;
    perform pos.audit(s.terminal_id, s.employee_id, null, s.id, 'logout', 'employee_session', s.id, '{}');
    return true;
end $$;

-- What the session is and may do, for the client to show the right buttons (the database still decides).
create function pos.session_info(p_session text)
returns table (session_id bigint, employee_id bigint, terminal_id bigint, role text, method text, permissions text[])
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s pos.employee_session := pos.current_session(p_session);
begin
    return query select s.id, s.employee_id, s.terminal_id, s.role, s.method,
                        array(select rp.permission from pos.role_permission rp where rp.role = s.role order by 1);
end $$;

create type pos.approval_result as (status text, token text, approver_id bigint, locked_until timestamptz);

-- A manager (or admin) approves one action at a cashier's session by entering their PIN there. Returns a
-- status rather than raising so that wrong PINs are counted and audited like failed logins.
-- status: ok | bad_credentials | locked | not_permitted.
create function pos.approve(p_session text, p_approver_id bigint, p_approver_pin text, p_permission text)
returns pos.approval_result
language plpgsql security definer set search_path = pos, pg_temp as $$
declare
    s        pos.employee_session := pos.current_session(p_session);
    e        pos.employee;
    c        pos.employee_credential;
    v_result pos.approval_result;
    v_token  text;
begin
    if not exists (select 1 from pos.permission where code = p_permission and approvable) then
        raise exception 'security.error.not_approvable' using errcode = 'SX400',
            detail = json_build_object('permission', p_permission)::text;
    end if;
    select * into e from pos.employee where id = p_approver_id;
    select * into c from pos.employee_credential where employee_id = p_approver_id for no key update;
    v_result.approver_id := e.id;
    if c.locked_until > now() then
        v_result.status := 'locked';
        v_result.locked_until := c.locked_until;
    elsif e.id is null or not e.active or not pos.secret_matches(p_approver_pin, c.pin_hash) then
        if c.employee_id is not null then
            v_result.locked_until := pos.record_failed_attempt(c.employee_id);
        end if;
        v_result.status := case when v_result.locked_until is not null then 'locked' else 'bad_credentials' end;
    elsif not exists (select 1 from pos.role_permission where role = e.role and permission = p_permission) then
        update pos.employee_credential set failed_attempts = 0 where employee_id = e.id;
        v_result.status := 'not_permitted';
    else
        update pos.employee_credential set failed_attempts = 0 where employee_id = e.id;
        v_token := pos.new_token();
        insert into pos.approval (token_hash, session_id, permission, approver_id, expires_at)
        values (pos.hash_token(v_token), s.id, p_permission, e.id,
                now() + make_interval(secs => pos.setting_int('security.approval_seconds', 120)));
        v_result.status := 'ok';
        v_result.token := v_token;
    end if;
    perform pos.audit(s.terminal_id, s.employee_id, e.id, s.id,
                      case when v_result.status = 'ok' then 'approval_granted' else 'approval_failed' end,
                      'permission', null,
                      jsonb_build_object('permission', p_permission, 'status', v_result.status,
                                         'approver_id', p_approver_id, 'locked_until', v_result.locked_until));
    return v_result;
end $$;
