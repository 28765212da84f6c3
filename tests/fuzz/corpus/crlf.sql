SET 'a' = '1';
-- CRLF line endings
SELECT 1,
       2;
SHOW TABLES;
