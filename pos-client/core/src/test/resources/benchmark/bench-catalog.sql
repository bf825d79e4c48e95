-- A synthetic café for the order benchmark: 200 ingredients, two product sets of 100, and a history.
-- "u*" products use 5 ingredients picked uniformly from 4..200; "h*" products all use ingredients 1-3
-- (cup, straw, tapioca: the hot rows of a real bubble-tea bar) plus 2 uniform ones. Every product takes
-- one option of an optional group whose options each add one more uniform ingredient: ~6 per item.
select setseed(0.42);
insert into pos.position (name) values ('Бариста');
insert into pos.employee (full_name, position_id, role) select 'Бенчмарк', id, 'cashier' from pos.position;
insert into pos.terminal (name) select 'Терминал ' || g from generate_series(1, 16) g;
-- The benchmark's cashier logs in at every terminal with this PIN (benchmark-only).
insert into pos.employee_credential (employee_id, pin_hash)
select id, pos.crypt('1234', pos.gen_salt('bf', 8)) from pos.employee where full_name = 'Бенчмарк';
insert into pos.category (name) values ('Бенчмарк');
insert into pos.ingredient (name, unit, min_threshold) select 'ing' || g, 'g', 10 from generate_series(1, 200) g;
insert into pos.stock_movement (ingredient_id, delta, kind, reason) select id, 10000000000, 'receipt', 'bench' from pos.ingredient;

insert into pos.product (category_id, name, price_minor)
select c.id, s.prefix || g, 10000 + g * 10 from pos.category c, generate_series(1, 100) g, (values ('u'), ('h')) s(prefix);

insert into pos.recipe_item (product_id, ingredient_id, quantity)
select p.id, i.id, 1
  from pos.product p
 cross join lateral (select id from pos.ingredient where id > 3 and p.id > 0 order by random() limit 5) i
 where p.name like 'u%';
insert into pos.recipe_item (product_id, ingredient_id, quantity)
select p.id, i.id, 1
  from pos.product p
 cross join lateral (select id from pos.ingredient where id <= 3 and p.id > 0
                     union all (select id from pos.ingredient where id > 3 and p.id > 0 order by random() limit 2)) i
 where p.name like 'h%';

insert into pos.modifier_group (name, required, min_choices, max_choices) values ('Добавка', false, 0, 1);
insert into pos.modifier_option (group_id, name, price_delta_minor)
select g.id, 'opt' || n, 1000 from pos.modifier_group g, generate_series(1, 10) n;
insert into pos.option_recipe_item (option_id, ingredient_id, quantity)
select o.id, (select id from pos.ingredient where id > 3 and o.id > 0 order by random() limit 1), 1 from pos.modifier_option o;
insert into pos.product_modifier_group (product_id, group_id) select p.id, g.id from pos.product p, pos.modifier_group g;

-- History: 200k earlier orders with 3 lines each and their ledger rows, so that plans and foreign-key
-- checks run against realistic tables rather than empty ones.
insert into pos.customer_order (client_order_id, business_day, daily_number, status, employee_id, terminal_id,
                                subtotal_minor, created_at, status_changed_at)
select gen_random_uuid(), current_date - 1 - (g % 300), g, 'completed', e.id, t.id, 30000,
       now() - make_interval(days => 1 + g % 300), now() - make_interval(days => 1 + g % 300)
  from generate_series(1, 200000) g, (select min(id) id from pos.employee) e, (select min(id) id from pos.terminal) t;
insert into pos.order_item (order_id, line_no, product_id, product_name, unit_price_minor, quantity)
select o.id, k, p.id, p.name, 10000, 1
  from pos.customer_order o cross join generate_series(1, 3) k
  join pos.product p on p.name = 'u' || (1 + (o.id * 7 + k) % 100);
insert into pos.stock_movement (ingredient_id, delta, kind, order_id, order_item_id)
select 4 + (oi.id % 196), -1, 'sale', oi.order_id, oi.id from pos.order_item oi;
analyze;
