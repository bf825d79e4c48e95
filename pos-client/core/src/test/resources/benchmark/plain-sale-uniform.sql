-- The same sale as plain SQL, one statement per round trip. Ingredient ids are drawn from disjoint,
-- increasing ranges so that every transaction locks rows in ascending order and never deadlocks
-- (a random order deadlocks constantly at 16 clients, which would make this reference meaningless).
\set i1 random(4, 36)
\set i2 random(37, 69)
\set i3 random(70, 102)
\set i4 random(103, 135)
\set i5 random(136, 168)
\set i6 random(169, 200)
BEGIN;
INSERT INTO orders (created) VALUES (now()) RETURNING id AS oid \gset
INSERT INTO order_item (order_id, product) VALUES (:oid, 1), (:oid, 2), (:oid, 3);
UPDATE ingredient SET qty = qty - 1 WHERE id = :i1 AND qty >= 1;
UPDATE ingredient SET qty = qty - 1 WHERE id = :i2 AND qty >= 1;
UPDATE ingredient SET qty = qty - 1 WHERE id = :i3 AND qty >= 1;
UPDATE ingredient SET qty = qty - 1 WHERE id = :i4 AND qty >= 1;
UPDATE ingredient SET qty = qty - 1 WHERE id = :i5 AND qty >= 1;
UPDATE ingredient SET qty = qty - 1 WHERE id = :i6 AND qty >= 1;
END;
