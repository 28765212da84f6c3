tbl := orders;
SELECT * FROM ${tbl};
SELECT * FROM ${undefined_table};
SELECT * FROM ods_${tbl}_di WHERE dt = '${bizdate}';
