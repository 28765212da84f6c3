INSERT INTO dws_order_stats /*+ OPTIONS('sink.parallelism'='4') */
SELECT window_start, window_end, shop_id, COUNT(DISTINCT user_id) AS uv, SUM(amount) FILTER (WHERE status = 'PAID') AS paid
FROM TABLE(HOP(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' MINUTES, INTERVAL '10' MINUTES))
GROUP BY window_start, window_end, shop_id;
select o.id, o.amount * r.rate as amt, row_number() over (partition by o.user_id order by o.ts desc) as rn
from orders as o join rates for system_time as of o.proc_time as r on o.currency = r.currency
left join lateral table(split_words(o.note)) as t(word) on true
where o.amount > 100 and (o.status = 'a' or o.status = 'b') and not exists (select 1 from blacklist b where b.uid = o.user_id);
SELECT * FROM Ticker MATCH_RECOGNIZE (PARTITION BY symbol ORDER BY rowtime MEASURES START_ROW.rowtime AS start_tstamp, LAST(PRICE_DOWN.rowtime) AS bottom_tstamp ONE ROW PER MATCH AFTER MATCH SKIP TO LAST PRICE_UP PATTERN (START_ROW PRICE_DOWN+ PRICE_UP) DEFINE PRICE_DOWN AS (LAST(PRICE_DOWN.price, 1) IS NULL AND PRICE_DOWN.price < START_ROW.price), PRICE_UP AS PRICE_UP.price > LAST(PRICE_DOWN.price, 1)) MR;
CREATE TABLE kafka_src (
  `user_id` BIGINT, `event_time` TIMESTAMP(3) METADATA FROM 'timestamp', proc AS PROCTIME(),
  payload MAP<STRING, ARRAY<ROW<k STRING, v INT>>>,
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND,
  PRIMARY KEY (user_id) NOT ENFORCED
) COMMENT 'src' PARTITIONED BY (user_id) WITH ('connector'='kafka','topic'='t','format'='json','json.ignore-parse-errors'='true');
SELECT CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END AS sign, a BETWEEN -1 AND 1 AS small FROM t WHERE a IN (1, 2, 3) AND b LIKE 'x%' ORDER BY a LIMIT 10;
CREATE FUNCTION my_udf AS 'com.example.MyUdf' LANGUAGE JAVA USING JAR '/opt/udf.jar';
ALTER TABLE t ADD (c INT COMMENT 'x', d STRING);
SELECT user_id, TUMBLE_START(ts, INTERVAL '1' HOUR) FROM t GROUP BY user_id, TUMBLE(ts, INTERVAL '1' HOUR) HAVING COUNT(*) > 1 AND SUM(x) < 10;
SELECT a FROM t1 UNION ALL SELECT a FROM t2 UNION SELECT a FROM (SELECT a FROM t3 INTERSECT SELECT a FROM t4);
