CREATE TEMPORARY TABLE src (id INT, name STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE sink_a (id INT, name STRING) WITH ('connector' = 'blackhole');
CREATE TEMPORARY TABLE sink_b (id INT) WITH ('connector' = 'print');

-- The current form: one statement with inner semicolons.
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO sink_a SELECT id, name FROM src WHERE name <> 'end;';
  -- a comment inside the set; with a semicolon
  INSERT INTO sink_b SELECT id FROM src;
END;

-- Lower case, on one line.
execute statement set begin insert into sink_b select id from src; end;

-- The legacy form: separate statements between BEGIN STATEMENT SET and END.
BEGIN STATEMENT SET;
INSERT INTO sink_a SELECT id, name FROM src;
INSERT INTO sink_b SELECT id FROM src;
END;

-- EXECUTE INSERT is an INSERT.
EXECUTE INSERT INTO sink_b SELECT id FROM src;
