-- TheSET 'a' = 'SET 'a' = '1';
-- CRLF l,ne endings
SELECT 1,ABLES;
o world (PRODUCT.md): a datagen table and a qu price        DECIMAL(32,2),
  buyer        ROW<first_name STRING, last_name STRING>,

  order_t