-- The same sale as plain SQL (benchmarks.md): insert an order, 3 items, then 6 conditional stock updates,
-- one statement per round trip. Run by pgbench against its own tables in the same cluster.
create table ingredient (id int primary key, qty numeric(14, 3) not null check (qty >= 0));
create table orders (id bigserial primary key, created timestamptz not null default now());
create table order_item (id bigserial primary key, order_id bigint not null references orders, product int not null);
insert into ingredient select g, 10000000000 from generate_series(1, 200) g;
insert into orders (created) select now() - interval '1 day' from generate_series(1, 200000);
insert into order_item (order_id, product) select o.id, k from orders o cross join generate_series(1, 3) k;
analyze;
