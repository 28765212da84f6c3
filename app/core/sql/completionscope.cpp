#include "sql/completionscope.h"

namespace Weir::Internal {

namespace {

// Window TVFs add these columns to those of the table they window (Flink's window TVF docs).
void addWindowColumns(CompletionScope::Columns *columns)
{
    for (const char *name : {"window_start", "window_end", "window_time"})
        columns->append({QString::fromLatin1(name), QStringLiteral("TIMESTAMP(3)")});
}

} // namespace

CompletionScope::CompletionScope(const CompletionTokens &tokens, Resolver resolver)
    : m_tokens(tokens), m_resolver(std::move(resolver))
{
    m_region.fill(-1, tokens.size());
    QVector<int> open;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens.isPunct(i, ')') && !open.isEmpty())
            open.removeLast();
        m_region[i] = open.isEmpty() ? -1 : open.last();
        if (tokens.isPunct(i, '('))
            open.append(i);
    }
    collectCtes();
    m_sources = collectSources(0, tokens.size());
    for (int i = 0; i < tokens.size(); ++i) {
        // A subquery in FROM (not LATERAL) sees neither its siblings nor the outer query.
        if (tokens.isPunct(i, '(') && tokens.isAnyWord(i + 1, {"SELECT", "WITH", "VALUES"}) &&
            (tokens.isAnyWord(i - 1, {"FROM", "JOIN"}) ||
             (tokens.isPunct(i - 1, ',') && !tokens.isWord(i - 2, "LATERAL"))))
            m_derived.append(i);
    }
}

void CompletionScope::collectCtes()
{
    const CompletionTokens &t = m_tokens;
    for (int i = 0; i < t.size(); ++i) {
        if (!t.isWord(i, "WITH") || !t.isName(i + 1))
            continue;
        int j = i + 1;
        while (t.isName(j)) {
            Cte cte;
            cte.name = t.name(j++);
            QStringList explicitNames;
            if (t.isPunct(j, '(')) {
                const int close = t.closing(j);
                for (int k = j + 1; k < close; ++k) {
                    if (t.isName(k))
                        explicitNames.append(t.name(k));
                }
                j = close + 1;
            }
            if (!t.isWord(j, "AS") || !t.isPunct(j + 1, '('))
                break;
            const int open = j + 1;
            const int close = t.closing(open);
            cte.columns = queryColumns(open + 1, close);
            for (int k = 0; k < explicitNames.size(); ++k) {
                if (k < cte.columns.size())
                    cte.columns[k].name = explicitNames.at(k);
                else
                    cte.columns.append({explicitNames.at(k), {}});
            }
            m_ctes.append(cte);
            j = close + 1;
            if (!t.isPunct(j, ','))
                break;
            ++j;
        }
        i = j - 1;
    }
}

bool CompletionScope::resolve(const QStringList &path, Columns *columns) const
{
    if (path.size() == 1) {
        for (const Cte &cte : m_ctes) {
            if (cte.name.compare(path.first(), Qt::CaseInsensitive) == 0) {
                *columns = cte.columns;
                return true;
            }
        }
    }
    return m_resolver && m_resolver(path, columns);
}

QVector<CompletionScope::Source> CompletionScope::collectSources(int from, int to) const
{
    const CompletionTokens &t = m_tokens;
    QVector<Source> sources;
    const bool deleteStatement = t.isWord(0, "DELETE");
    for (int i = from; i < to; ++i) {
        const bool from_ = t.isWord(i, "FROM");
        if (!from_ && !t.isWord(i, "JOIN"))
            continue;
        if (from_ && !deleteStatement) {
            // FROM also appears in EXTRACT(x FROM y), TRIM(... FROM s), IS DISTINCT FROM:
            // a query's FROM has a SELECT before it in the same parentheses.
            bool query = false;
            for (int j = i - 1; j >= 0 && j > m_region[i]; --j) {
                if (m_region[j] == m_region[i] && t.isWord(j, "SELECT")) {
                    query = true;
                    break;
                }
            }
            if (!query)
                continue;
        }
        int next = parsePrimary(i + 1, to, &sources);
        while (t.isPunct(next, ',') && m_region[next] == m_region[i])
            next = parsePrimary(next + 1, to, &sources);
        // Scanning goes on right after this FROM: derived tables hold FROMs of their own.
    }
    return sources;
}

int CompletionScope::parsePrimary(int i, int to, QVector<Source> *out) const
{
    const CompletionTokens &t = m_tokens;
    if (i >= to)
        return i;
    Source source;
    source.region = m_region.value(i, -1);
    if (t.isWord(i, "LATERAL"))
        ++i;
    if (t.isWord(i, "TABLE") && t.isPunct(i + 1, '(')) {
        const int close = t.closing(i + 1);
        const int f = i + 2;
        if (f < close && t.isPunct(f + 1, '(')) {
            source.path = QStringList{t.text(f)};
            if (t.isAnyWord(f, {"TUMBLE", "HOP", "CUMULATE", "SESSION"})) {
                const int inner = t.closing(f + 1);
                for (int k = f + 2; k < inner; ++k) {
                    if (t.isWord(k, "TABLE") && t.isName(k + 1)) {
                        const QStringList path = t.path(k + 1, nullptr);
                        source.resolved = resolve(path, &source.columns);
                        break;
                    }
                }
                addWindowColumns(&source.columns);
            }
        }
        i = close + 1;
    } else if (t.isPunct(i, '(')) {
        const int close = t.closing(i);
        if (t.isAnyWord(i + 1, {"SELECT", "WITH", "VALUES"})) {
            source.columns = queryColumns(i + 1, close);
            source.resolved = true;
        }
        i = close + 1;
    } else if (t.isWord(i, "UNNEST") && t.isPunct(i + 1, '(')) {
        i = t.closing(i + 1) + 1;
    } else if (t.isName(i)) {
        source.path = t.path(i, &i);
        source.resolved = resolve(source.path, &source.columns);
        if (t.isWord(i, "FOR") && t.isWord(i + 1, "SYSTEM_TIME") && t.isWord(i + 2, "AS") &&
            t.isWord(i + 3, "OF")) {
            i += 4;
            t.path(i, &i);
        }
    } else {
        return i;
    }
    if (t.isWord(i, "AS") && t.isName(i + 1)) {
        source.alias = t.name(i + 1);
        i += 2;
    } else if (t.isName(i)) {
        source.alias = t.name(i++);
    }
    if (!source.alias.isEmpty() && t.isPunct(i, '(')) {
        // T(a, b): the alias renames the columns.
        const int close = t.closing(i);
        int k = 0;
        for (int j = i + 1; j < close; ++j) {
            if (!t.isName(j))
                continue;
            if (k < source.columns.size())
                source.columns[k].name = t.name(j);
            else
                source.columns.append({t.name(j), {}});
            ++k;
        }
        source.resolved = true;
        i = close + 1;
    }
    out->append(source);
    return i;
}

CompletionScope::Columns CompletionScope::queryColumns(int from, int to) const
{
    const CompletionTokens &t = m_tokens;
    if (from >= to || from >= t.size())
        return {};
    const int region = m_region.value(from, -1);
    int select = -1;
    for (int i = from; i < to; ++i) {
        if (m_region[i] == region && t.isWord(i, "SELECT")) {
            select = i;
            break;
        }
    }
    if (select < 0)
        return {};
    int end = select + 1;
    while (end < to && !(m_region[end] == region && t.isWord(end, "FROM")))
        ++end;
    QVector<Source> sources;
    for (const Source &source : collectSources(select, to)) {
        if (source.region == region)
            sources.append(source);
    }
    return selectListColumns(select, end, sources);
}

CompletionScope::Columns CompletionScope::selectListColumns(int select, int end,
                                                            const QVector<Source> &sources) const
{
    const CompletionTokens &t = m_tokens;
    const int region = m_region.value(select, -1);
    auto findSource = [&](const QString &name) -> const Source * {
        for (const Source &source : sources) {
            if (source.referenceName().compare(name, Qt::CaseInsensitive) == 0)
                return &source;
        }
        return nullptr;
    };
    auto typeOf = [&](const QStringList &path) {
        const QString &column = path.last();
        for (const Source &source : sources) {
            if (path.size() >= 2 &&
                source.referenceName().compare(path.at(path.size() - 2), Qt::CaseInsensitive))
                continue;
            for (const MetadataCatalog::Column &c : source.columns) {
                if (c.name.compare(column, Qt::CaseInsensitive) == 0)
                    return c.type;
            }
        }
        return QString();
    };

    Columns columns;
    auto addItem = [&](int a, int b) {
        if (a >= b)
            return;
        if (b - a == 1 && t.isOperator(a, "*")) {
            for (const Source &source : sources)
                columns += source.columns;
            return;
        }
        if (b - a == 3 && t.isName(a) && t.isPunct(a + 1, '.') && t.isOperator(a + 2, "*")) {
            if (const Source *source = findSource(t.name(a)))
                columns += source->columns;
            return;
        }
        int next = a;
        const QStringList path = t.path(a, &next);
        if (!path.isEmpty() && next == b) {
            columns.append({path.last(), typeOf(path)});
            return;
        }
        if (b - a >= 2 && t.isName(b - 1) && !t.isPunct(b - 2, '.') &&
            t.at(b - 2).kind != TokenKind::Operator) {
            // expr AS alias, or expr alias; a plain column keeps its type.
            QString type;
            int exprEnd = t.isWord(b - 2, "AS") ? b - 2 : b - 1;
            int n = a;
            const QStringList expr = t.path(a, &n);
            if (!expr.isEmpty() && n == exprEnd)
                type = typeOf(expr);
            columns.append({t.name(b - 1), type});
        }
    };
    int start = select + 1;
    if (t.isAnyWord(start, {"DISTINCT", "ALL"}))
        ++start;
    for (int j = start; j <= end; ++j) {
        if (j == end || (t.isPunct(j, ',') && m_region[j] == region)) {
            addItem(start, j);
            start = j + 1;
        }
    }
    return columns;
}

int CompletionScope::regionAt(qsizetype offset) const
{
    QVector<int> open;
    for (int i = 0; i < m_tokens.size() && m_tokens.at(i).offset < offset; ++i) {
        if (m_tokens.isPunct(i, '('))
            open.append(i);
        else if (m_tokens.isPunct(i, ')') && !open.isEmpty())
            open.removeLast();
    }
    return open.isEmpty() ? -1 : open.last();
}

QVector<const CompletionScope::Source *> CompletionScope::visibleAt(qsizetype offset) const
{
    QVector<const Source *> visible;
    for (int region = regionAt(offset);; region = m_region.value(region, -1)) {
        for (const Source &source : m_sources) {
            if (source.region == region)
                visible.append(&source);
        }
        if (region < 0 || m_derived.contains(region))
            break;
    }
    return visible;
}

const CompletionScope::Source *CompletionScope::findQualified(const QString &qualifier,
                                                              qsizetype offset) const
{
    const QVector<const Source *> visible = visibleAt(offset);
    for (const Source *source : visible) {
        if (source->referenceName().compare(qualifier, Qt::CaseInsensitive) == 0)
            return source;
    }
    // Be lenient: a table's own name although it has an alias.
    for (const Source *source : visible) {
        if (!source->path.isEmpty() &&
            source->path.last().compare(qualifier, Qt::CaseInsensitive) == 0)
            return source;
    }
    return nullptr;
}

} // namespace Weir::Internal
