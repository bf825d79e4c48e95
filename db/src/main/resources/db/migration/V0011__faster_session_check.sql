-- The session check runs on every sale: one indexed query (token, open, not idle) instead of a lookup plus
-- a separate settings read. Behaviour is unchanged.
create or replace function pos.current_session(p_token text) returns pos.employee_session
language plpgsql as $$
declare
    s pos.employee_session;
begin
    if p_token is not null and length(p_token) = 64 then
        select es.* into s
          from pos.employee_session es
         where es.token_hash = pos.hash_token(p_token) and es.ended_at is null
           and es.last_seen >= now() - make_interval(mins => coalesce(
                   (select value::integer from pos.setting where key = 'security.session_idle_minutes'), 30));
    end if;
    if s.id is null then
        raise exception 'security.error.no_session' using errcode = 'SX403';
    end if;
    if s.last_seen < now() - interval '1 minute' then
        update pos.employee_session set last_seen = now()
         where id = s.id and last_seen < now() - interval '1 minute';
    end if;
    return s;
end $$;
