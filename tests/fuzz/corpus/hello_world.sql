-- The reference product's hello world (PRODUCT.md): a datagen table and a query.
CREATE TABLE Orders (
  order_number BIGINT,
  price        DECIMAL(32,2),
  buyer        ROW<first_name STRING, last_name STRING>,
  order_time   TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'number-of-rows' = '50'
);
SELECT order_number, price, buyer.first_name, buyer.last_name, order_time FROM Orders;
