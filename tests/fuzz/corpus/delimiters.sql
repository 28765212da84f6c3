/* A block comment; with a semicolon; and -- dashes */
SET 'pipeline.name' = 'semi;colon -- not a comment';
-- a line comment; with a semicolon
SELECT 'it''s; fine', `weird;column`, `back``tick;` FROM t; -- trailing note; here
SELECT /*+ OPTIONS('sink.parallelism' = '2') */ a
  FROM t // Calcite line comment; also
  WHERE b = 'x' -- before the terminator
;
;;
/* only a comment between two semicolons */ ;
SELECT 'multi
line; string' AS s, "double;quoted" FROM t;
INSERT INTO t VALUES (1, 'a;b'), (2, '--c')
