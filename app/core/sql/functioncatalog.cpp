#include "sql/functioncatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

namespace Weir {

namespace {

Q_LOGGING_CATEGORY(lcFunctions, "weir.sql.functions")

FunctionCatalog::Kind kindFromName(const QString &name)
{
    if (name == QLatin1String("aggregate"))
        return FunctionCatalog::Kind::Aggregate;
    if (name == QLatin1String("window"))
        return FunctionCatalog::Kind::Window;
    if (name == QLatin1String("table"))
        return FunctionCatalog::Kind::Table;
    return FunctionCatalog::Kind::Scalar;
}

} // namespace

bool FunctionCatalog::Function::takesParentheses() const
{
    for (const QString &signature : signatures) {
        if (signature.contains(QLatin1Char('(')))
            return true;
    }
    return false;
}

bool FunctionCatalog::Function::takesArguments() const
{
    for (const QString &signature : signatures) {
        if (!argumentRanges(signature).isEmpty())
            return true;
    }
    return false;
}

FunctionCatalog FunctionCatalog::fromJson(const QByteArray &json, QString *error)
{
    FunctionCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    const QJsonArray entries = document.object().value(QLatin1String("functions")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString().toUpper();
        if (name.isEmpty())
            continue;
        QStringList signatures;
        for (const QJsonValue &signature : object.value(QLatin1String("signatures")).toArray())
            signatures.append(signature.toString());
        // Overloads documented apart (CARDINALITY of an array, of a map) share one entry.
        const auto existing = catalog.m_index.constFind(name);
        if (existing != catalog.m_index.constEnd()) {
            catalog.m_functions[*existing].signatures += signatures;
            continue;
        }
        Function function;
        function.name = name;
        function.category = object.value(QLatin1String("category")).toString();
        function.kind = kindFromName(object.value(QLatin1String("kind")).toString());
        function.signatures = signatures;
        function.returns = object.value(QLatin1String("returns")).toString();
        function.description = object.value(QLatin1String("description")).toString();
        catalog.m_index.insert(name, int(catalog.m_functions.size()));
        catalog.m_functions.append(function);
    }
    std::sort(catalog.m_functions.begin(), catalog.m_functions.end(),
              [](const Function &a, const Function &b) { return a.name < b.name; });
    catalog.m_index.clear();
    for (int i = 0; i < catalog.m_functions.size(); ++i)
        catalog.m_index.insert(catalog.m_functions.at(i).name, i);
    return catalog;
}

const FunctionCatalog &FunctionCatalog::builtin()
{
    static const FunctionCatalog instance = [] {
        QFile file(QStringLiteral(":/weir/catalogs/functions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcFunctions) << "the function catalog resource is missing";
            return FunctionCatalog();
        }
        QString error;
        FunctionCatalog catalog = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcFunctions) << "the function catalog does not parse:" << error;
        return catalog;
    }();
    return instance;
}

const FunctionCatalog::Function *FunctionCatalog::find(QStringView name) const
{
    const auto it = m_index.constFind(name.toString().toUpper());
    return it == m_index.constEnd() ? nullptr : &m_functions.at(*it);
}

QVector<FunctionCatalog::ArgumentRange> FunctionCatalog::argumentRanges(QStringView signature)
{
    QVector<ArgumentRange> ranges;
    const int open = int(signature.indexOf(QLatin1Char('(')));
    if (open < 0)
        return ranges;
    int depth = 0;
    int start = open + 1;
    auto addRange = [&](int end) {
        int b = start;
        int e = end;
        while (b < e && signature.at(b).isSpace())
            ++b;
        while (e > b && signature.at(e - 1).isSpace())
            --e;
        if (e > b)
            ranges.append({b, e});
    };
    for (int i = open; i < signature.size(); ++i) {
        const QChar c = signature.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('<')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('>')) {
            if (--depth == 0) {
                addRange(i);
                break;
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            addRange(i);
            start = i + 1;
        }
    }
    return ranges;
}

bool FunctionCatalog::isVariadic(QStringView signature)
{
    const QVector<ArgumentRange> ranges = argumentRanges(signature);
    if (ranges.isEmpty())
        return false;
    const ArgumentRange last = ranges.last();
    return signature.mid(last.begin, last.end - last.begin).endsWith(QLatin1String("..."));
}

} // namespace Weir
