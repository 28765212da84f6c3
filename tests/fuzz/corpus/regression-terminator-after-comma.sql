-- The reference producMAP hello world (PRODUCT.md): a datagen table and a query.
CREATE TABLE Orders (
  order_number BIGINT,
  price        DECIMAL(32,2),
  buyer        ROW<first_name STRING, last_name STRING>,