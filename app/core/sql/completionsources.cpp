#include "sql/completionsources.h"

#include "sql/keywords.h"

#include <QCoreApplication>
#include <QSet>

namespace Weir::Internal {

CompletionSources::CompletionSources(const Inputs &inputs, CompletionRanking *ranking)
    : m_in(inputs), m_context(*inputs.context), m_ranking(ranking)
{
    const QString &prefix = m_context.prefix;
    m_lowerCase = !prefix.isEmpty() && prefix == prefix.toLower() && prefix != prefix.toUpper();
}

QString CompletionSources::quoteIdentifier(const QString &name, SqlDialect dialect)
{
    bool plain = !name.isEmpty() && !name.at(0).isDigit() && !Keywords::isReserved(name, dialect);
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('$')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return name;
    QString escaped = name;
    escaped.replace(QLatin1String("`"), QLatin1String("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

CompletionSources::Columns CompletionSources::rowFields(const QString &type)
{
    Columns fields;
    const QString t = type.trimmed();
    if (!t.startsWith(QLatin1String("ROW"), Qt::CaseInsensitive))
        return fields;
    qsizetype open = t.indexOf(QLatin1Char('<'));
    const qsizetype paren = t.indexOf(QLatin1Char('('));
    if (open < 0 || (paren >= 0 && paren < open))
        open = paren;
    if (open < 0)
        return fields;
    int depth = 0;
    qsizetype start = open + 1;
    auto addField = [&](qsizetype end) {
        const QString part = t.mid(start, end - start).trimmed();
        if (part.isEmpty())
            return;
        qsizetype split = 0;
        QString name;
        if (part.startsWith(QLatin1Char('`')) || part.startsWith(QLatin1Char('"'))) {
            const qsizetype close = part.indexOf(part.at(0), 1);
            name = part.mid(1, close < 0 ? -1 : close - 1);
            split = close < 0 ? part.size() : close + 1;
        } else {
            split = part.indexOf(QLatin1Char(' '));
            name = part.left(split < 0 ? part.size() : split);
        }
        fields.append({name, split < 0 ? QString() : part.mid(split).trimmed()});
    };
    for (qsizetype i = open; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('<') || c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char('>') || c == QLatin1Char(')')) {
            if (--depth == 0) {
                addField(i);
                break;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            addField(i);
            start = i + 1;
        }
    }
    return fields;
}

QString CompletionSources::identifierText(const QString &name) const
{
    if (m_context.quotedWord) {
        QString escaped = name;
        escaped.replace(QLatin1String("`"), QLatin1String("``"));
        return QLatin1Char('`') + escaped + QLatin1Char('`');
    }
    return quoteIdentifier(name, m_in.dialect);
}

QString CompletionSources::keywordText(const QString &keyword) const
{
    return m_lowerCase ? keyword.toLower() : keyword;
}

void CompletionSources::addStrings(const QStringList &names, CompletionKind kind,
                                   const QStringList &details, int priority)
{
    const int source = m_ranking->addSource([=](int i) {
        CompletionCandidate candidate;
        candidate.display = names.at(i);
        candidate.text = identifierText(names.at(i));
        candidate.kind = kind;
        candidate.detail = details.value(i);
        return candidate;
    });
    for (int i = 0; i < names.size(); ++i)
        m_ranking->consider(source, i, names.at(i), priority);
}

void CompletionSources::addKeywords(const QStringList &keywords, int priority)
{
    const int source = m_ranking->addSource([=](int i) {
        CompletionCandidate candidate;
        candidate.display = keywordText(keywords.at(i));
        candidate.text = candidate.display;
        candidate.kind = CompletionKind::Keyword;
        return candidate;
    });
    for (int i = 0; i < keywords.size(); ++i)
        m_ranking->consider(source, i, keywords.at(i), priority);
}

void CompletionSources::addDataTypes(int priority)
{
    const QStringList types = Keywords::words(TokenKind::DataType, m_in.dialect);
    const int source = m_ranking->addSource([=](int i) {
        CompletionCandidate candidate;
        candidate.display = keywordText(types.at(i));
        candidate.text = candidate.display;
        candidate.kind = CompletionKind::DataType;
        return candidate;
    });
    for (int i = 0; i < types.size(); ++i)
        m_ranking->consider(source, i, types.at(i), priority);
}

void CompletionSources::addFunctions(int priority, bool tableFunctions)
{
    const QVector<FunctionCatalog::Function> &functions = m_in.functions->functions();
    const int source = m_ranking->addSource([this, &functions](int i) {
        const FunctionCatalog::Function &f = functions.at(i);
        CompletionCandidate candidate;
        candidate.display = keywordText(f.name);
        candidate.text = candidate.display;
        if (f.takesParentheses()) {
            candidate.text += QLatin1String("()");
            if (f.takesArguments())
                candidate.caretOffset = int(candidate.display.size()) + 1;
        }
        candidate.kind = CompletionKind::Function;
        candidate.detail = f.signatures.value(0);
        if (!f.returns.isEmpty())
            candidate.detail += QStringLiteral(" \u2192 ") + f.returns;
        return candidate;
    });
    for (int i = 0; i < functions.size(); ++i) {
        const bool table = functions.at(i).kind == FunctionCatalog::Kind::Table;
        if (table == tableFunctions)
            m_ranking->consider(source, i, functions.at(i).name, priority);
    }
}

void CompletionSources::addTables(int priority)
{
    if (m_in.scope) {
        QStringList names;
        for (const CompletionScope::Cte &cte : m_in.scope->ctes())
            names.append(cte.name);
        addStrings(
            names, CompletionKind::Table,
            QStringList(names.size(), QCoreApplication::translate("Weir::CompletionEngine", "CTE")),
            priority);
    }
    const QVector<ScriptCatalog::Entry> &script = m_in.script->entries();
    const int source = m_ranking->addSource([this, &script](int i) {
        CompletionCandidate candidate;
        candidate.display = script.at(i).name;
        candidate.text = identifierText(candidate.display);
        candidate.kind = script.at(i).view ? CompletionKind::View : CompletionKind::Table;
        candidate.detail = QCoreApplication::translate("Weir::CompletionEngine", "in this script");
        return candidate;
    });
    for (int i = 0; i < script.size(); ++i)
        m_ranking->consider(source, i, script.at(i).name, priority);
    const MetadataCatalog::Location current = m_in.metadata->current();
    addTablesIn(current.catalog, current.database, priority + 1);
    addDatabases(current.catalog, priority + 2);
    addCatalogs(priority + 3);
}

void CompletionSources::addTablesIn(const QString &catalog, const QString &database, int priority)
{
    const MetadataCatalog &metadata = *m_in.metadata;
    const MetadataCatalog::TableList list = metadata.tablesIn(catalog, database);
    const int source = m_ranking->addSource([this, &metadata, list](int i) {
        const MetadataCatalog::Table &table = metadata.tables().at(list.table(i));
        CompletionCandidate candidate;
        candidate.display = table.name;
        candidate.text = identifierText(table.name);
        candidate.kind = table.view ? CompletionKind::View : CompletionKind::Table;
        candidate.detail = table.catalog + QLatin1Char('.') + table.database;
        return candidate;
    });
    for (int i = 0; i < list.size(); ++i)
        m_ranking->consider(source, i, list.name(i), list.lowerName(i), priority);
}

void CompletionSources::addDatabases(const QString &catalog, int priority)
{
    const QStringList names = m_in.metadata->databases(catalog);
    addStrings(names, CompletionKind::Database, QStringList(names.size(), catalog), priority);
}

void CompletionSources::addCatalogs(int priority)
{
    const QStringList names = m_in.metadata->catalogs();
    addStrings(names, CompletionKind::Catalog, {}, priority);
}

void CompletionSources::addColumns(const Columns &columns, const QString &owner, int priority)
{
    const int source = m_ranking->addSource([=](int i) {
        CompletionCandidate candidate;
        candidate.display = columns.at(i).name;
        candidate.text = identifierText(candidate.display);
        candidate.kind = CompletionKind::Column;
        candidate.detail = columns.at(i).type;
        if (!owner.isEmpty())
            candidate.detail +=
                (candidate.detail.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) + owner;
        return candidate;
    });
    for (int i = 0; i < columns.size(); ++i)
        m_ranking->consider(source, i, columns.at(i).name, priority);
}

void CompletionSources::addVisibleColumns(int columnPriority, int aliasPriority)
{
    addColumns(m_context.ownColumns, {}, columnPriority);
    if (!m_in.scope)
        return;
    const QVector<const CompletionScope::Source *> visible = m_in.scope->visibleAt(m_in.caret);
    QStringList references;
    QStringList details;
    for (const CompletionScope::Source *source : visible) {
        addColumns(source->columns, visible.size() > 1 ? source->referenceName() : QString(),
                   columnPriority);
        const QString reference = source->referenceName();
        if (reference.isEmpty())
            continue;
        references.append(reference);
        details.append(source->alias.isEmpty()
                           ? QCoreApplication::translate("Weir::CompletionEngine", "table")
                           : QCoreApplication::translate("Weir::CompletionEngine", "alias of %1")
                                 .arg(source->path.join(QLatin1Char('.'))));
    }
    addStrings(references, CompletionKind::Table, details, aliasPriority);
}

bool CompletionSources::columnsOfPath(const QStringList &path, Columns *columns) const
{
    if (m_in.scope)
        return m_in.scope->resolve(path, columns);
    if (const ScriptCatalog::Table *table = m_in.script->find(path)) {
        *columns = table->columns;
        return true;
    }
    if (const MetadataCatalog::Table *table = m_in.metadata->resolve(path)) {
        *columns = table->columns;
        return true;
    }
    return false;
}

void CompletionSources::addQualified()
{
    const QStringList &q = m_context.qualifier;
    const MetadataCatalog &metadata = *m_in.metadata;
    const MetadataCatalog::Location current = metadata.current();
    if (m_context.tablePosition) {
        if (q.size() == 1) {
            if (metadata.hasDatabase(current.catalog, q.first()))
                addTablesIn(current.catalog, q.first(), 0);
            if (metadata.hasCatalog(q.first()))
                addDatabases(q.first(), 1);
        } else if (q.size() == 2) {
            addTablesIn(q.at(0), q.at(1), 0);
        }
        return;
    }
    // alias.column, alias.row_column.field, table.column, db.table.column
    const CompletionScope::Source *source =
        m_in.scope ? m_in.scope->findQualified(q.first(), m_in.caret) : nullptr;
    Columns columns;
    bool found = false;
    if (source) {
        columns = source->columns;
        found = true;
    } else if (q.size() == 1 && columnsOfPath(q, &columns)) {
        found = true;
    } else if (q.size() == 1 && m_in.scope) {
        // a ROW column of a visible table: buyer.
        for (const CompletionScope::Source *s : m_in.scope->visibleAt(m_in.caret)) {
            for (const MetadataCatalog::Column &column : s->columns) {
                if (!found && column.name.compare(q.first(), Qt::CaseInsensitive) == 0) {
                    columns = rowFields(column.type);
                    found = !columns.isEmpty();
                }
            }
        }
        if (found) {
            addColumns(columns, {}, 0);
            return;
        }
    }
    int depth = 1;
    if (!found && q.size() >= 2) {
        for (depth = qMin(int(q.size()), 3); depth >= 2 && !found; --depth)
            found = columnsOfPath(q.mid(0, depth), &columns);
        ++depth;
    }
    if (found) {
        // Descend into ROW columns for the parts after the table.
        for (int i = depth; i < q.size() && !columns.isEmpty(); ++i) {
            Columns fields;
            for (const MetadataCatalog::Column &column : columns) {
                if (column.name.compare(q.at(i), Qt::CaseInsensitive) == 0)
                    fields = rowFields(column.type);
            }
            columns = fields;
        }
        addColumns(columns, {}, 0);
        return;
    }
    if (q.size() == 1 && metadata.hasDatabase(current.catalog, q.first()))
        addTablesIn(current.catalog, q.first(), 1);
    else if (q.size() == 2 && metadata.hasDatabase(q.at(0), q.at(1)))
        addTablesIn(q.at(0), q.at(1), 1);
}

} // namespace Weir::Internal
