#include "sql/scriptcatalog.h"

#include "sql/completionscope.h"
#include "sql/lexer.h"

#include <algorithm>

namespace Weir::Internal {

namespace {

// The text of tokens [a, b) as written, white space runs collapsed to one space.
QString spanText(const CompletionTokens &t, int a, int b)
{
    if (a >= b)
        return {};
    const qsizetype begin = t.at(a).offset;
    const qsizetype end = t.at(b - 1).offset + t.at(b - 1).length;
    return QString::fromUtf8(t.script().sliced(begin, end - begin)).simplified();
}

} // namespace

namespace {

// The significant tokens of script[from, to), lexed from a statement's start (a line state
// of Normal: statements begin outside literals and comments).
QVector<Token> lexRange(QByteArrayView script, qsizetype from, qsizetype to, SqlDialect dialect,
                        int limit = -1)
{
    QVector<Token> tokens;
    Lexer lexer(script, from, LexState::Normal, dialect);
    Token token;
    int significant = 0;
    while (lexer.next(&token) && token.offset < to) {
        tokens.append(token);
        if (!token.isTrivia() && ++significant == limit)
            break;
    }
    return tokens;
}

// CREATE [OR REPLACE] [TEMPORARY] TABLE|VIEW [IF NOT EXISTS] name: the index after the
// keywords (at the name), or -1 when the statement creates something else.
int createdName(const CompletionTokens &t, bool *view)
{
    int i = 1;
    if (t.isWord(i, "OR") && t.isWord(i + 1, "REPLACE"))
        i += 2;
    if (t.isWord(i, "TEMPORARY"))
        ++i;
    *view = t.isWord(i, "VIEW");
    if (!*view && !t.isWord(i, "TABLE"))
        return -1;
    ++i;
    if (t.isWord(i, "IF") && t.isWord(i + 1, "NOT") && t.isWord(i + 2, "EXISTS"))
        i += 3;
    return t.isName(i) ? i : -1;
}

} // namespace

ScriptCatalog::ScriptCatalog(QByteArrayView script, const QVector<Statement> &statements, int skip,
                             const MetadataCatalog *metadata, SqlDialect dialect)
    : m_script(script), m_metadata(metadata), m_dialect(dialect)
{
    for (int s = 0; s < statements.size(); ++s) {
        const Statement &statement = statements.at(s);
        if (s == skip || statement.kind != StatementKind::Create)
            continue;
        // Enough tokens for the keywords and a catalog.database.table name.
        const QVector<Token> head =
            lexRange(script, statement.begin.value, statement.end.value, dialect, 14);
        const CompletionTokens t(script, head, 0, int(head.size()));
        bool view = false;
        const int name = createdName(t, &view);
        if (name < 0)
            continue;
        const QStringList path = t.path(name, nullptr);
        m_entries.append({path.last(), view, statement.begin, statement.end});
    }
    m_tables.resize(m_entries.size());
    m_reading.fill(false, m_entries.size());
}

const ScriptCatalog::Table *ScriptCatalog::find(const QStringList &path) const
{
    if (path.isEmpty())
        return nullptr;
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (m_entries.at(i).name.compare(path.last(), Qt::CaseInsensitive) != 0)
            continue;
        if (!m_tables.at(i)) {
            if (m_reading.at(i))
                return nullptr;
            m_reading[i] = true;
            m_tables[i] = read(m_entries.at(i));
            m_reading[i] = false;
        }
        return &*m_tables.at(i);
    }
    return nullptr;
}

ScriptCatalog::Table ScriptCatalog::read(const Entry &entry) const
{
    const QVector<Token> tokens = lexRange(m_script, entry.begin.value, entry.end.value, m_dialect);
    const CompletionTokens t(m_script, tokens, 0, int(tokens.size()));
    Table result;
    result.name = entry.name;
    result.view = entry.view;
    bool view = false;
    int i = createdName(t, &view);
    t.path(i, &i);

    // What the definition refers to: the script's other tables, then the catalog.
    const CompletionScope::Resolver resolver = [this](const QStringList &p, Columns *columns) {
        if (const Table *known = find(p)) {
            *columns = known->columns;
            return true;
        }
        if (const MetadataCatalog::Table *known = m_metadata ? m_metadata->resolve(p) : nullptr) {
            *columns = known->columns;
            return true;
        }
        return false;
    };

    QStringList viewNames;
    if (t.isPunct(i, '(')) {
        if (!view) {
            result.columns = columnDefinitions(t, i);
        } else {
            for (int k = i + 1; k < t.closing(i); ++k) {
                if (t.isName(k))
                    viewNames.append(t.name(k));
            }
        }
        i = t.closing(i) + 1;
    }
    // LIKE source (merged after the own columns) and AS query, at the top level.
    for (int k = i; k < t.size(); ++k) {
        if (t.isPunct(k, '(')) {
            k = t.closing(k);
            continue;
        }
        if (!view && t.isWord(k, "LIKE") && t.isName(k + 1)) {
            Columns like;
            if (resolver(t.path(k + 1, nullptr), &like))
                result.columns += like;
        } else if (t.isWord(k, "AS") && t.isAnyWord(k + 1, {"SELECT", "WITH", "VALUES"})) {
            const CompletionScope scope(t, resolver);
            result.columns += scope.queryColumns(k + 1, t.size());
            break;
        }
    }
    for (int k = 0; k < viewNames.size(); ++k) {
        if (k < result.columns.size())
            result.columns[k].name = viewNames.at(k);
        else
            result.columns.append({viewNames.at(k), {}});
    }
    return result;
}

ScriptCatalog::Columns ScriptCatalog::columnDefinitions(const CompletionTokens &t, int open)
{
    Columns columns;
    const int close = t.closing(open);
    auto addPart = [&](int a, int b) {
        if (a >= b || !t.isName(a) ||
            t.isAnyWord(a, {"WATERMARK", "PRIMARY", "CONSTRAINT", "PERIOD", "UNIQUE", "LIKE"}))
            return;
        MetadataCatalog::Column column;
        column.name = t.name(a);
        if (!t.isWord(a + 1, "AS")) {
            int end = a + 1;
            int angle = 0;
            for (; end < b; ++end) {
                if (t.isPunct(end, '(')) {
                    end = t.closing(end);
                    continue;
                }
                if (t.isOperator(end, "<"))
                    ++angle;
                else if (t.isOperator(end, ">"))
                    --angle;
                else if (angle == 0 && t.isAnyWord(end, {"NOT", "NULL", "COMMENT", "PRIMARY",
                                                         "METADATA", "VIRTUAL", "CONSTRAINT"}))
                    break;
            }
            column.type = spanText(t, a + 1, qMin(end, b));
        }
        columns.append(column);
    };
    int start = open + 1;
    int angle = 0;
    bool computed = false;
    for (int j = start; j <= close && j <= t.size(); ++j) {
        if (j == start + 1)
            computed = t.isWord(j, "AS");
        if (j < close && t.isPunct(j, '(')) {
            j = t.closing(j);
            continue;
        }
        if (!computed && t.isOperator(j, "<"))
            ++angle;
        else if (!computed && t.isOperator(j, ">"))
            --angle;
        if (j == close || j == t.size() || (angle <= 0 && t.isPunct(j, ','))) {
            addPart(start, j);
            start = j + 1;
            angle = 0;
            computed = false;
        }
    }
    return columns;
}

} // namespace Weir::Internal
