create table t2 with ('connector' = 'print') like src (excluding all);
create table t3 with ('connector'='blackhole') as select * from src;
select distinct a, b from t group by grouping sets ((a), (b), ()) ;
select a, sum(b) over w from t window w as (partition by a order by ts rows between unbounded preceding and current row);
explain estimated_cost, changelog_mode select a from t;
select * from t cross join unnest(arr) as u(x), lateral table(f(x)) as y(z);
insert into t select a from (select a from (select a from s) x) y;
select a as `select`, `from`.b, t.`order` from `from`;
select 1; -- one
-- two

-- three
select 2 /* x */;
select count(*) from t where ts >= current_timestamp - interval '1' hour and -a < +b;
select a from t order by a nulls first, b desc nulls last;
SELECT ARRAY[1, 2][1], MAP['a', 1], ROW(1, 'a') FROM t;
SELECT a FROM t WHERE a IN ('x', 'y') OR NOT (b = 1 AND c = 2);
