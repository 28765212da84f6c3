#include "sql/completionengine.h"

#include "sql/completioncontext.h"
#include "sql/completionoptions.h"
#include "sql/completionranking.h"
#include "sql/completionscope.h"
#include "sql/completionsources.h"
#include "sql/lexer.h"
#include "sql/scriptcatalog.h"
#include "sql/statementsplitter.h"
#include "sql/variables.h"

#include <algorithm>

namespace Weir {

using namespace Internal;

namespace {

// One pass over the whole script, streamed (no token vector): its statements, and whether
// a comment or hint holds the caret (no completion there).
struct Scan
{
    QVector<Statement> statements;
    bool inComment = false;
};

Scan scan(QByteArrayView text, qsizetype caret, SqlDialect dialect)
{
    Scan result;
    Lexer lexer(text, dialect);
    StatementSplitter splitter(text);
    Token t;
    while (lexer.next(&t)) {
        splitter.add(t);
        const qsizetype end = t.offset + t.length;
        if (t.offset >= caret || caret > end)
            continue;
        switch (t.kind) {
        case TokenKind::LineComment:
            result.inComment = true;
            break;
        case TokenKind::BlockComment:
        case TokenKind::Hint:
            result.inComment = caret < end;
            break;
        case TokenKind::Error:
            result.inComment = t.error == LexError::UnterminatedBlockComment ||
                               t.error == LexError::UnterminatedHint;
            break;
        default:
            break;
        }
    }
    result.statements = splitter.finish();
    return result;
}

// The tokens of the statement around the caret, lexed again from its start: its extent, cut
// at any ';' inside it (the statements of EXECUTE STATEMENT SET BEGIN ... END), or the text
// after the last statement.
struct Located
{
    int statement = -1; // index in the statements, -1 for a new one
    QVector<Token> tokens;
};

Located locate(QByteArrayView text, const QVector<Statement> &statements, qsizetype caret,
               SqlDialect dialect)
{
    Located at;
    qsizetype lo = 0;
    qsizetype hi = text.size();
    at.statement = StatementSplitter::indexAt(statements, ByteOffset{caret});
    if (at.statement >= 0) {
        const Statement &s = statements.at(at.statement);
        lo = s.extentBegin.value;
        hi = s.extentEnd.value;
        if (caret > hi || (caret == hi && s.terminator >= 0 && s.terminator < caret)) {
            lo = hi; // in the text after the last statement's ';'
            hi = text.size();
            at.statement = -1;
        }
    }
    // Statement extents start outside literals and comments: lexing from there is exact.
    Lexer lexer(text, lo, LexState::Normal, dialect);
    Token token;
    while (lexer.next(&token) && token.offset < hi) {
        if (token.kind == TokenKind::Punctuation && text.at(token.offset) == ';') {
            if (token.offset < caret) {
                at.tokens.clear();
                continue;
            }
            break;
        }
        at.tokens.append(token);
    }
    return at;
}

bool isVariableNameByte(char c)
{
    return !(c == '{' || c == '}' || c == '$' || c == '\'' || c == '"' || c == '`' || c == ';' ||
             c == ' ' || c == '\t' || c == '\n' || c == '\r');
}

} // namespace

CompletionEngine::CompletionEngine()
    : CompletionEngine(&FunctionCatalog::builtin(), &ConnectorCatalog::builtin(),
                       &ConfigCatalog::builtin())
{}

CompletionEngine::CompletionEngine(const FunctionCatalog *functions,
                                   const ConnectorCatalog *connectors, const ConfigCatalog *config)
    : m_functions(functions), m_connectors(connectors), m_config(config)
{}

CompletionResult CompletionEngine::complete(const QByteArray &text, qsizetype caret,
                                            const MetadataCatalog &metadata) const
{
    Request request;
    request.text = text;
    request.caret = ByteOffset{caret};
    request.metadata = metadata;
    return complete(request);
}

CompletionResult CompletionEngine::complete(const Request &request) const
{
    const QByteArray &text = request.text;
    const qsizetype caret = qBound<qsizetype>(0, request.caret.value, text.size());
    CompletionResult empty;
    empty.replaceBegin = empty.replaceEnd = ByteOffset{caret};

    const Scan scanned = scan(text, caret, request.dialect);
    if (scanned.inComment)
        return empty;

    // ${name: the variables known so far.
    qsizetype nameBegin = caret;
    while (nameBegin > 0 && caret - nameBegin < 256 && isVariableNameByte(text.at(nameBegin - 1)))
        --nameBegin;
    if (nameBegin >= 2 && text.at(nameBegin - 1) == '{' && text.at(nameBegin - 2) == '$')
        return completeVariable(request, nameBegin, scanned.statements);

    const Located at = locate(text, scanned.statements, caret, request.dialect);
    const CompletionTokens statementTokens(text, at.tokens, 0, int(at.tokens.size()));
    const CompletionContext context =
        CompletionContext::analyze(statementTokens, caret, request.dialect);
    if (context.expect == CompletionExpect::Nothing && context.keywords.isEmpty())
        return {QVector<CompletionCandidate>(), context.replaceBegin, context.replaceEnd,
                context.prefix, false};

    const MetadataCatalog &metadata = request.metadata;
    const ScriptCatalog script(text, scanned.statements, at.statement, &metadata, request.dialect);
    const CompletionScope scope(
        statementTokens, [&](const QStringList &path, QVector<MetadataCatalog::Column> *columns) {
            if (const ScriptCatalog::Table *table = script.find(path)) {
                *columns = table->columns;
                return true;
            }
            if (const MetadataCatalog::Table *table = metadata.resolve(path)) {
                *columns = table->columns;
                return true;
            }
            return false;
        });

    CompletionRanking ranking(context.prefix, request.limit);
    CompletionSources::Inputs inputs;
    inputs.context = &context;
    inputs.metadata = &metadata;
    inputs.script = &script;
    inputs.scope = &scope;
    inputs.functions = m_functions;
    inputs.connectors = m_connectors;
    inputs.config = m_config;
    inputs.dialect = request.dialect;
    inputs.caret = caret;
    CompletionSources sources(inputs, &ranking);
    CompletionOptions options(inputs, &ranking);

    int keywordPriority = 8; // after everything else
    switch (context.expect) {
    case CompletionExpect::Nothing:
    case CompletionExpect::Keywords:
        break;
    case CompletionExpect::Tables:
        sources.addTables(0);
        break;
    case CompletionExpect::Qualified:
        sources.addQualified();
        break;
    case CompletionExpect::Expression:
        // The few keywords an expression can start with go before the ~200 functions.
        sources.addVisibleColumns(0, 1);
        keywordPriority = 2;
        sources.addFunctions(3, false);
        break;
    case CompletionExpect::Columns: {
        QVector<MetadataCatalog::Column> columns = context.ownColumns;
        if (!context.columnsOf.isEmpty()) {
            QVector<MetadataCatalog::Column> resolved;
            if (scope.resolve(context.columnsOf, &resolved))
                columns += resolved;
        }
        sources.addColumns(columns, {}, 0);
        break;
    }
    case CompletionExpect::DataTypes:
        sources.addDataTypes(0);
        break;
    case CompletionExpect::TableFunctions:
        sources.addFunctions(0, true);
        break;
    case CompletionExpect::Databases:
        sources.addDatabases(metadata.current().catalog, 0);
        break;
    case CompletionExpect::Catalogs:
        sources.addCatalogs(0);
        break;
    case CompletionExpect::OptionKeys:
        options.addOptionKeys();
        break;
    case CompletionExpect::OptionValues:
    case CompletionExpect::ConfigValues:
        options.addOptionValues();
        break;
    case CompletionExpect::ConfigKeys:
        options.addConfigKeys();
        break;
    }
    sources.addKeywords(context.keywords, keywordPriority);

    CompletionResult result = ranking.take(context.replaceBegin, context.replaceEnd);
    result.prefix = context.prefix;
    return result;
}

CompletionResult CompletionEngine::completeVariable(const Request &request, qsizetype nameBegin,
                                                    const QVector<Statement> &statements) const
{
    const QByteArray &text = request.text;
    const qsizetype caret = qBound<qsizetype>(0, request.caret.value, text.size());
    qsizetype nameEnd = caret;
    while (nameEnd < text.size() && isVariableNameByte(text.at(nameEnd)))
        ++nameEnd;
    const bool closed = nameEnd < text.size() && text.at(nameEnd) == '}';
    const QString prefix = QString::fromUtf8(text.mid(nameBegin, caret - nameBegin));

    QStringList names;
    QStringList values;
    for (const Variables::Definition &definition : Variables::definitions(text, statements)) {
        if (!names.contains(definition.name)) {
            names.append(definition.name);
            values.append(definition.value);
        }
    }
    QStringList external = request.variables.keys();
    external.sort();
    for (const QString &name : std::as_const(external)) {
        if (!names.contains(name)) {
            names.append(name);
            values.append(request.variables.value(name));
        }
    }
    CompletionRanking ranking(prefix, request.limit);
    const int source = ranking.addSource([&](int i) {
        CompletionCandidate candidate;
        candidate.display = names.at(i);
        candidate.text = closed ? names.at(i) : names.at(i) + QLatin1Char('}');
        candidate.kind = CompletionKind::Variable;
        candidate.detail = values.at(i);
        return candidate;
    });
    for (int i = 0; i < names.size(); ++i)
        ranking.consider(source, i, names.at(i), 0);
    CompletionResult result = ranking.take(ByteOffset{nameBegin}, ByteOffset{nameEnd});
    result.prefix = prefix;
    return result;
}

CallTip CompletionEngine::signatureAt(QByteArrayView text, ByteOffset caretOffset,
                                      SqlDialect dialect) const
{
    CallTip tip;
    const qsizetype caret = qBound<qsizetype>(0, caretOffset.value, text.size());
    const Scan scanned = scan(text, caret, dialect);
    if (scanned.inComment)
        return tip;
    const Located at = locate(text, scanned.statements, caret, dialect);
    const CompletionTokens t(text, at.tokens, 0, int(at.tokens.size()));

    struct Call
    {
        int open;
        int commas;
    };
    QVector<Call> calls;
    for (int i = 0; i < t.size() && t.at(i).offset < caret; ++i) {
        if (t.isPunct(i, '('))
            calls.append({i, 0});
        else if (t.isPunct(i, ')') && !calls.isEmpty())
            calls.removeLast();
        else if (t.isPunct(i, ',') && !calls.isEmpty())
            ++calls.last().commas;
    }
    for (auto call = calls.crbegin(); call != calls.crend(); ++call) {
        const int name = call->open - 1;
        if (name < 0 || !(t.isName(name) || t.isKeyword(name)))
            continue;
        const FunctionCatalog::Function *function = m_functions->find(t.text(name));
        if (!function || function->signatures.isEmpty())
            continue;
        tip.function = function->name;
        tip.description = function->description;
        tip.argumentIndex = call->commas;
        tip.signatureCount = int(function->signatures.size());
        tip.nameBegin = ByteOffset{t.at(name).offset};
        tip.openParen = ByteOffset{t.at(call->open).offset};
        // The first signature with room for the argument being typed, else the longest.
        int chosen = -1;
        int longest = 0;
        for (int s = 0; s < function->signatures.size(); ++s) {
            const QString &signature = function->signatures.at(s);
            const qsizetype count = FunctionCatalog::argumentRanges(signature).size();
            if (chosen < 0 && (count > tip.argumentIndex || FunctionCatalog::isVariadic(signature)))
                chosen = s;
            if (count > FunctionCatalog::argumentRanges(function->signatures.at(longest)).size())
                longest = s;
        }
        tip.signatureIndex = chosen >= 0 ? chosen : longest;
        tip.signature = function->signatures.at(tip.signatureIndex);
        const QVector<FunctionCatalog::ArgumentRange> ranges =
            FunctionCatalog::argumentRanges(tip.signature);
        int argument = tip.argumentIndex;
        if (argument >= ranges.size() && FunctionCatalog::isVariadic(tip.signature))
            argument = int(ranges.size()) - 1;
        if (argument >= 0 && argument < ranges.size()) {
            tip.highlightBegin = ranges.at(argument).begin;
            tip.highlightEnd = ranges.at(argument).end;
        }
        return tip;
    }
    return tip;
}

} // namespace Weir
