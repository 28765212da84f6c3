#include "sql/keywords.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Weir {

namespace {

// Word lists, space separated (see the class comment for the sources).

const char kReserved[] =
    "ABS ALL ALLOCATE ALLOW ALTER AND ANY ARE ARRAY_MAX_CARDINALITY AS ASENSITIVE ASYMMETRIC AT "
    "ATOMIC AUTHORIZATION AVG BEGIN BEGIN_FRAME BEGIN_PARTITION BETWEEN BIT BLOB BOTH BY CALL "
    "CALLED CARDINALITY CASCADED CASE CAST CEIL CEILING CHAR_LENGTH CHARACTER_LENGTH CHECK "
    "CLASSIFIER CLOB CLOSE COALESCE COLLATE COLLECT COLUMN COMMIT CONDITION CONNECT CONSTRAINT "
    "CONTAINS CONVERT CORR CORRESPONDING COUNT COVAR_POP COVAR_SAMP CREATE CROSS CUBE CUME_DIST "
    "CURRENT CURRENT_CATALOG CURRENT_DATE CURRENT_DEFAULT_TRANSFORM_GROUP CURRENT_PATH "
    "CURRENT_ROLE CURRENT_ROW CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP "
    "CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER CURSOR CYCLE DAY DEALLOCATE DECLARE DEFAULT "
    "DEFINE DELETE DENSE_RANK DEREF DESCRIBE DETERMINISTIC DISALLOW DISCONNECT DISTINCT DROP "
    "DYNAMIC EACH ELEMENT ELSE EMPTY END END_FRAME END_PARTITION EQUALS ESCAPE EVERY EXCEPT EXEC "
    "EXECUTE EXISTS EXP EXPLAIN EXTEND EXTERNAL EXTRACT FALSE FETCH FILTER FIRST_VALUE FLOOR FOR "
    "FOREIGN FRAME_ROW FREE FROM FULL FUNCTION FUSION GET GLOBAL GRANT GROUP GROUPING GROUPS "
    "HAVING HOLD HOUR IDENTITY IMPORT IN INDICATOR INITIAL INNER INOUT INSENSITIVE INSERT "
    "INTERSECT INTERSECTION INTERVAL INTO IS JOIN JSON_ARRAY JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT "
    "JSON_OBJECTAGG JSON_QUERY JSON_SCOPE JSON_VALUE LAG LANGUAGE LARGE LAST_VALUE LATERAL LEAD "
    "LEADING LEFT LIKE LIKE_REGEX LIMIT LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH MATCHES "
    "MATCH_NUMBER MATCH_RECOGNIZE MAX MEASURES MEMBER MERGE METHOD MIN MINUS MINUTE MOD MODIFIES "
    "MODULE MONTH NATIONAL NATURAL NCHAR NCLOB NEW NEXT NO NONE NORMALIZE NOT NTH_VALUE NTILE "
    "NULL NULLIF OCCURRENCES_REGEX OCTET_LENGTH OF OFFSET OLD OMIT ON ONE ONLY OPEN OR ORDER "
    "ORDINAL OUT OUTER OVER OVERLAPS OVERLAY PARAMETER PARTITION PATTERN PER PERCENT "
    "PERCENTILE_CONT PERCENTILE_DISC PERCENT_RANK PERIOD PERMUTE PORTION POSITION POSITION_REGEX "
    "POWER PRECEDES PRECISION PREPARE PREV PRIMARY PROCEDURE QUALIFY RANGE RANK READS RECURSIVE "
    "REF REFERENCES REFERENCING REGR_AVGX REGR_AVGY REGR_COUNT REGR_INTERCEPT REGR_R2 REGR_SLOPE "
    "REGR_SXX REGR_SXY REGR_SYY RELEASE RESET RESULT RETURN RETURNS REVOKE RIGHT ROLLBACK ROLLUP "
    "ROWS ROW_NUMBER RUNNING SAVEPOINT SCOPE SCROLL SEARCH SECOND SEEK SELECT SENSITIVE "
    "SESSION_USER SET SHOW SIMILAR SKIP SOME SPECIFIC SPECIFICTYPE SQL SQLEXCEPTION SQLSTATE "
    "SQLWARNING SQRT START STATIC STDDEV_POP STDDEV_SAMP STREAM SUBMULTISET SUBSET SUBSTRING "
    "SUBSTRING_REGEX SUCCEEDS SUM SYMMETRIC SYSTEM SYSTEM_TIME SYSTEM_USER TABLE TABLESAMPLE THEN "
    "TIMEZONE_HOUR TIMEZONE_MINUTE TO TRAILING TRANSLATE TRANSLATE_REGEX TRANSLATION TREAT "
    "TRIGGER TRIM TRIM_ARRAY TRUE TRUNCATE TRY_CAST UESCAPE UNION UNIQUE UNKNOWN UNNEST UPDATE "
    "UPPER UPSERT USER USING VALUE VALUES VARYING VAR_POP VAR_SAMP VERSIONING WHEN WHENEVER "
    "WHERE WIDTH_BUCKET WINDOW WITH WITHIN WITHOUT YEAR "
    // Flink's own reserved keywords (Parser.tdd `keywords` not listed as non-reserved).
    "BUCKETS CATALOGS COMMENT CONTINUOUS DATABASES DISTRIBUTED DISTRIBUTION EXTENDED FUNCTIONS "
    "FRESHNESS HASH MATERIALIZED MODIFY MODULES PROCEDURES REFRESH REFRESH_MODE RENAME RESUME "
    "SCALA SUSPEND TABLES USE VIEWS WATERMARK WATERMARKS";

const char kReservedFlink2[] =
    "ASOF DATETIME FRIDAY MATCH_CONDITION MEASURE MONDAY SAFE_CAST SAFE_OFFSET SAFE_ORDINAL "
    "SATURDAY SUNDAY THURSDAY TUESDAY VALUE_OF WEDNESDAY "
    "CONNECTIONS MODELS";

// Calcite's one-letter non-reserved keywords (A, C, G, K, M) are left out: they are far more
// often column aliases than keywords, and an editor would paint every `a` as a keyword.
const char kNonReserved[] =
    "ABSENT ABSOLUTE ACTION ADA ADD ADMIN AFTER ALWAYS APPLY ARRAY_AGG ASC ASSERTION ASSIGNMENT "
    "ATTRIBUTE ATTRIBUTES BEFORE BERNOULLI BREADTH CASCADE CATALOG CATALOG_NAME CENTURY CHAIN "
    "CHARACTERISTICS CHARACTERS CHARACTER_SET_CATALOG CHARACTER_SET_NAME CHARACTER_SET_SCHEMA "
    "CLASS_ORIGIN COBOL COLLATION COLLATION_CATALOG COLLATION_NAME COLLATION_SCHEMA COLUMN_NAME "
    "COMMAND_FUNCTION COMMAND_FUNCTION_CODE COMMITTED CONDITIONAL CONDITION_NUMBER CONNECTION "
    "CONNECTION_NAME CONSTRAINTS CONSTRAINT_CATALOG CONSTRAINT_NAME CONSTRAINT_SCHEMA CONSTRUCTOR "
    "CONTINUE CURSOR_NAME DATA DATABASE DATETIME_INTERVAL_CODE DATETIME_INTERVAL_PRECISION "
    "DAYOFWEEK DAYOFYEAR DAYS DECADE DEFAULTS DEFERRABLE DEFERRED DEFINED DEFINER DEGREE DEPTH "
    "DERIVED DESC DESCRIPTION DESCRIPTOR DIAGNOSTICS DISPATCH DOMAIN DOW DOY DYNAMIC_FUNCTION "
    "DYNAMIC_FUNCTION_CODE ENCODING EPOCH ERROR EXCEPTION EXCLUDE EXCLUDING FINAL FIRST FOLLOWING "
    "FORMAT FORTRAN FOUND FRAC_SECOND GENERAL GENERATED GEOMETRY GO GOTO GRANTED HIERARCHY HOP "
    "HOURS IGNORE IMMEDIATE IMMEDIATELY IMPLEMENTATION INCLUDING INCREMENT INITIALLY INPUT "
    "INSTANCE INSTANTIABLE INVOKER ISODOW ISOLATION ISOYEAR JAVA JSON KEY KEY_MEMBER KEY_TYPE "
    "LABEL LAST LENGTH LEVEL LIBRARY LOCATOR MATCHED MAXVALUE MESSAGE_LENGTH "
    "MESSAGE_OCTET_LENGTH MESSAGE_TEXT MICROSECOND MILLENNIUM MILLISECOND MINUTES MINVALUE MONTHS "
    "MORE MUMPS NAME NAMES NANOSECOND NESTING NORMALIZED NULLABLE NULLS NUMBER OBJECT OCTETS "
    "OPTION OPTIONS ORDERING ORDINALITY OTHERS OUTPUT OVERRIDING PAD PARAMETER_MODE PARAMETER_NAME "
    "PARAMETER_ORDINAL_POSITION PARAMETER_SPECIFIC_CATALOG PARAMETER_SPECIFIC_NAME "
    "PARAMETER_SPECIFIC_SCHEMA PARTIAL PASCAL PASSING PASSTHROUGH PAST PATH PIVOT PLACING PLAN PLI "
    "PRECEDING PRESERVE PRIOR PRIVILEGES PUBLIC QUARTER READ RELATIVE REPEATABLE REPLACE RESPECT "
    "RESTART RESTRICT RETURNED_CARDINALITY RETURNED_LENGTH RETURNED_OCTET_LENGTH "
    "RETURNED_SQLSTATE RETURNING ROLE ROUTINE ROUTINE_CATALOG ROUTINE_NAME ROUTINE_SCHEMA "
    "ROW_COUNT SCALAR SCALE SCHEMA SCHEMA_NAME SCOPE_CATALOGS SCOPE_NAME SCOPE_SCHEMA SECONDS "
    "SECTION SECURITY SELF SEQUENCE SERIALIZABLE SERVER SERVER_NAME SESSION SETS SIMPLE SIZE "
    "SOURCE SPACE SPECIFIC_NAME SQL_BIGINT SQL_BINARY SQL_BIT SQL_BLOB SQL_BOOLEAN SQL_CHAR "
    "SQL_CLOB SQL_DATE SQL_DECIMAL SQL_DOUBLE SQL_FLOAT SQL_INTEGER SQL_INTERVAL_DAY "
    "SQL_INTERVAL_DAY_TO_HOUR SQL_INTERVAL_DAY_TO_MINUTE SQL_INTERVAL_DAY_TO_SECOND "
    "SQL_INTERVAL_HOUR SQL_INTERVAL_HOUR_TO_MINUTE SQL_INTERVAL_HOUR_TO_SECOND "
    "SQL_INTERVAL_MINUTE SQL_INTERVAL_MINUTE_TO_SECOND SQL_INTERVAL_MONTH SQL_INTERVAL_SECOND "
    "SQL_INTERVAL_YEAR SQL_INTERVAL_YEAR_TO_MONTH SQL_LONGVARBINARY SQL_LONGVARCHAR "
    "SQL_LONGVARNCHAR SQL_NCHAR SQL_NCLOB SQL_NUMERIC SQL_NVARCHAR SQL_REAL SQL_SMALLINT SQL_TIME "
    "SQL_TIMESTAMP SQL_TINYINT SQL_TSI_DAY SQL_TSI_FRAC_SECOND SQL_TSI_HOUR SQL_TSI_MICROSECOND "
    "SQL_TSI_MINUTE SQL_TSI_MONTH SQL_TSI_QUARTER SQL_TSI_SECOND SQL_TSI_WEEK SQL_TSI_YEAR "
    "SQL_VARBINARY SQL_VARCHAR STATE STATEMENT STRUCTURE STYLE SUBCLASS_ORIGIN SUBSTITUTE "
    "TABLE_NAME TEMPORARY TIES TIMESTAMPADD TIMESTAMPDIFF TOP_LEVEL_COUNT TRANSACTION "
    "TRANSACTIONS_ACTIVE TRANSACTIONS_COMMITTED TRANSACTIONS_ROLLED_BACK TRANSFORM TRANSFORMS "
    "TRIGGER_CATALOG TRIGGER_NAME TRIGGER_SCHEMA TUMBLE TYPE UNBOUNDED UNCOMMITTED UNCONDITIONAL "
    "UNDER UNNAMED UNPIVOT USAGE USER_DEFINED_TYPE_CATALOG USER_DEFINED_TYPE_CODE "
    "USER_DEFINED_TYPE_NAME USER_DEFINED_TYPE_SCHEMA UTF16 UTF32 UTF8 VERSION VIEW WEEK WORK "
    "WRAPPER WRITE XML YEARS ZONE "
    // Flink's own non-reserved keywords.
    "ANALYZE CHANGELOG_MODE COLUMNS COMPILE COMPUTE DRAIN ENFORCED ESTIMATED_COST IF "
    "JSON_EXECUTION_PLAN JAR JARS JOB JOBS LOAD METADATA OVERWRITE OVERWRITING PARTITIONED "
    "PARTITIONS PLAN_ADVICE PYTHON REMOVE STATISTICS STOP UNLOAD VIRTUAL "
    // The reference product's whole-database sync: EXECUTE CDCSOURCE name WITH (...).
    "CDCSOURCE";

const char kNonReservedFlink2[] =
    "ARRAY_CONCAT_AGG CONTAINS_SUBSTR DATE_DIFF DATE_TRUNC DATETIME_DIFF DATETIME_TRUNC DOT "
    "GROUP_CONCAT ILIKE INCLUDE QUARTERS RLIKE SEPARATOR STRING_AGG TIME_DIFF TIME_TRUNC "
    "TIMESTAMP_DIFF TIMESTAMP_TRUNC WEEKS "
    "MODEL";

const char kTypesReserved[] =
    "ARRAY BIGINT BINARY BOOLEAN BYTES CHAR CHARACTER DATE DEC DECIMAL DOUBLE FLOAT INT INTEGER "
    "MULTISET NUMERIC RAW REAL ROW SMALLINT STRING TIME TIMESTAMP TIMESTAMP_LTZ TINYINT VARBINARY "
    "VARCHAR";
const char kTypesNonReserved[] = "MAP";
const char kTypesReservedFlink2[] = "STRUCTURED";
const char kTypesNonReservedFlink2[] = "VARIANT";

struct Slot
{
    std::array<char, Keywords::MaxLength> word{};
    quint8 length = 0; // 0 = empty slot
    TokenKind kind = TokenKind::Keyword;
    bool reserved = false;
    SqlDialect since = SqlDialect::Flink1_20;
};

constexpr quint32 TableSize = 4096; // a power of two, over four times the number of words
constexpr quint32 TableMask = TableSize - 1;

inline quint32 hashUpper(const char *upper, qsizetype length)
{
    quint32 h = 2166136261u; // FNV-1a
    for (qsizetype i = 0; i < length; ++i)
        h = (h ^ quint8(upper[i])) * 16777619u;
    return h;
}

class Table
{
public:
    Table()
    {
        add(kReserved, TokenKind::Keyword, true, SqlDialect::Flink1_20);
        add(kReservedFlink2, TokenKind::Keyword, true, SqlDialect::Flink2);
        add(kNonReserved, TokenKind::Keyword, false, SqlDialect::Flink1_20);
        add(kNonReservedFlink2, TokenKind::Keyword, false, SqlDialect::Flink2);
        add(kTypesReserved, TokenKind::DataType, true, SqlDialect::Flink1_20);
        add(kTypesNonReserved, TokenKind::DataType, false, SqlDialect::Flink1_20);
        add(kTypesReservedFlink2, TokenKind::DataType, true, SqlDialect::Flink2);
        add(kTypesNonReservedFlink2, TokenKind::DataType, false, SqlDialect::Flink2);
    }

    const Slot *find(const char *upper, qsizetype length) const
    {
        for (quint32 i = hashUpper(upper, length) & TableMask;; i = (i + 1) & TableMask) {
            const Slot &slot = m_slots[i];
            if (slot.length == 0)
                return nullptr;
            if (slot.length == length && std::memcmp(slot.word.data(), upper, size_t(length)) == 0)
                return &slot;
        }
    }

    const std::vector<Slot> &entries() const { return m_slots; }

private:
    void add(const char *list, TokenKind kind, bool reserved, SqlDialect since)
    {
        const char *p = list;
        while (*p) {
            while (*p == ' ')
                ++p;
            const char *start = p;
            while (*p && *p != ' ')
                ++p;
            const qsizetype length = p - start;
            if (length == 0 || length > Keywords::MaxLength || find(start, length))
                continue; // the first list that names a word wins
            quint32 i = hashUpper(start, length) & TableMask;
            while (m_slots[i].length != 0)
                i = (i + 1) & TableMask;
            Slot &slot = m_slots[i];
            std::memcpy(slot.word.data(), start, size_t(length));
            slot.length = quint8(length);
            slot.kind = kind;
            slot.reserved = reserved;
            slot.since = since;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(TableSize);
};

const Table &table()
{
    static const Table instance;
    return instance;
}

} // namespace

bool Keywords::lookup(const char *word, qsizetype length, SqlDialect dialect, Entry *entry)
{
    if (length <= 0 || length > MaxLength)
        return false;
    char upper[MaxLength];
    for (qsizetype i = 0; i < length; ++i) {
        const char c = word[i];
        if (quint8(c) >= 0x80)
            return false;
        upper[i] = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
    }
    const Slot *slot = table().find(upper, length);
    if (!slot || quint8(slot->since) > quint8(dialect))
        return false;
    if (entry)
        *entry = Entry{slot->kind, slot->reserved};
    return true;
}

bool Keywords::lookup(QStringView word, SqlDialect dialect, Entry *entry)
{
    if (word.size() > MaxLength)
        return false;
    char ascii[MaxLength];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 0x80)
            return false;
        ascii[i] = char(c);
    }
    return lookup(ascii, word.size(), dialect, entry);
}

bool Keywords::isKeyword(QStringView word, SqlDialect dialect)
{
    return lookup(word, dialect, nullptr);
}

bool Keywords::isReserved(QStringView word, SqlDialect dialect)
{
    Entry entry;
    return lookup(word, dialect, &entry) && entry.reserved;
}

QStringList Keywords::words(TokenKind kind, SqlDialect dialect)
{
    QStringList result;
    for (const Slot &slot : table().entries()) {
        if (slot.length != 0 && slot.kind == kind && quint8(slot.since) <= quint8(dialect))
            result.append(QString::fromLatin1(slot.word.data(), slot.length));
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace Weir
