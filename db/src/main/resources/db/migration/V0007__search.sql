-- Product search: Russian and English stemming over name, description and category, plus trigram
-- similarity on the name so that typos still find the product. Any input is safe: websearch_to_tsquery
-- never raises on syntax, and the query text is only ever a bound parameter.
create function pos.search_products(p_query text, p_limit integer default 20)
returns table (product_id bigint, rank real)
language sql stable as $$
    with q as (
        select btrim(left(coalesce(p_query, ''), 200)) as text
    ), tsq as (
        select q.text,
               websearch_to_tsquery('russian', q.text) as ru,
               websearch_to_tsquery('english', q.text) as en
          from q
    )
    select p.id,
           (ts_rank(p.search_vector, tsq.ru) + ts_rank(p.search_vector, tsq.en)
            + 0.5 * ts_rank(to_tsvector('russian', c.name) || to_tsvector('english', c.name), tsq.ru || tsq.en)
            + pos.word_similarity(tsq.text, p.name))::real as rank
      from pos.product p
      join pos.category c on c.id = p.category_id
     cross join tsq
     where p.active and c.active and tsq.text <> ''
       and (p.search_vector @@ tsq.ru or p.search_vector @@ tsq.en
            or (to_tsvector('russian', c.name) || to_tsvector('english', c.name)) @@ (tsq.ru || tsq.en)
            or pos.word_similarity(tsq.text, p.name) >= 0.4
            or p.barcode = tsq.text)
     order by rank desc, p.name
     limit greatest(1, least(coalesce(p_limit, 20), 100))
$$;
