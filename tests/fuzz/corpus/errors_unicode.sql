-- 中文	and tabs
	SELECT	'名称', (	名称 FROM 订单;
	😀 SELECT 1;
SELECT `未完 FROM t;
