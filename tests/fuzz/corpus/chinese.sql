CREATE TABLE 订单 (
	编号 BIGINT,
	`名称;备注` STRING -- 中文注释；带分号
) WITH ('connector' = 'datagen');

/* 统计 😀 每个名称 */	SELECT	名称, COUNT(*) AS 数量 FROM 订单 GROUP BY 名称;
SELECT '😀😀;' AS emoji, 编号 FROM 订单
