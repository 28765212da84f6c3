SET 'execution.checkpointing.interval' = '3000';
SET 'parallelism.default' = '1';

-- Whole-database sync in the reference product's syntax: one source, one sink per table.
EXECUTE CDCSOURCE cdc_mysql WITH (
  'connector' = 'mysql-cdc',
  'hostname' = '127.0.0.1', 'port' = '3306',
  'username' = 'root', 'password' = '123456',
  'checkpoint' = '3000', 'scan.startup.mode' = 'initial', 'parallelism' = '1',
  'table-name' = 'bigdata\.products,bigdata\.orders',
  'sink.connector' = 'jdbc',
  'sink.url' = 'jdbc:mysql://127.0.0.1:3306/test?characterEncoding=utf-8&useSSL=false',
  'sink.username' = 'root', 'sink.password' = '123456',
  'sink.sink.db' = 'test', 'sink.table.prefix' = 'test_', 'sink.table.lower' = 'true',
  'sink.table-name' = '${tableName}', 'sink.auto.create' = 'true'
);
