#include "sql/completionoptions.h"

#include <QCoreApplication>
#include <QSet>

namespace Weir::Internal {

namespace {

QString valueOf(const QVector<QPair<QString, QString>> &options, QStringView key)
{
    for (const auto &[k, v] : options) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

CompletionOptions::CompletionOptions(const CompletionSources::Inputs &inputs,
                                     CompletionRanking *ranking)
    : m_in(inputs), m_context(*inputs.context), m_ranking(ranking)
{}

QString CompletionOptions::literalText(const QString &value) const
{
    QString escaped = value;
    escaped.replace(QLatin1String("'"), QLatin1String("''"));
    if (m_context.inString)
        return m_context.closeString ? escaped + QLatin1Char('\'') : escaped;
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void CompletionOptions::addValues(const QStringList &values, const QStringList &details)
{
    const int source = m_ranking->addSource([=](int i) {
        CompletionCandidate candidate;
        candidate.display = values.at(i);
        candidate.text = literalText(values.at(i));
        candidate.kind = CompletionKind::OptionValue;
        candidate.detail = details.value(i);
        return candidate;
    });
    for (int i = 0; i < values.size(); ++i)
        m_ranking->consider(source, i, values.at(i), 0);
}

void CompletionOptions::addOption(const QString &key, const CatalogOption &option,
                                  const QString &owner, int priority)
{
    const CompletionKind kind = m_context.expect == CompletionExpect::ConfigKeys
                                    ? CompletionKind::ConfigKey
                                    : CompletionKind::OptionKey;
    QString detail = option.summary();
    if (!owner.isEmpty())
        detail += QStringLiteral(" \u00b7 ") + owner;
    const int source = m_ranking->addSource([=](int) {
        CompletionCandidate candidate;
        candidate.display = key;
        candidate.text = literalText(key);
        candidate.kind = kind;
        candidate.detail = detail;
        return candidate;
    });
    m_ranking->consider(source, 0, key, priority);
}

void CompletionOptions::addOptionKeys()
{
    const CompletionContext &c = m_context;
    const ConnectorCatalog &catalog = *m_in.connectors;
    QSet<QString> present;
    for (const auto &option : c.options)
        present.insert(option.first.toLower());
    auto offer = [&](const QString &key, const CatalogOption &option, const QString &owner,
                     int priority) {
        if (!present.contains(key.toLower()))
            addOption(key, option, owner, priority);
    };
    auto namesOf = [](const QVector<ConnectorCatalog::Entry> &entries) {
        QStringList names;
        for (const ConnectorCatalog::Entry &entry : entries)
            names.append(entry.name);
        return names;
    };
    auto offerEntry = [&](const ConnectorCatalog::Entry *entry) {
        if (!entry)
            return;
        for (const CatalogOption &option : entry->options) {
            if (option.key.contains(QLatin1Char('#')) && !c.ownColumns.isEmpty()) {
                // fields.#.kind of datagen: one key per column of the table.
                for (const MetadataCatalog::Column &column : c.ownColumns) {
                    QString key = option.key;
                    offer(key.replace(QLatin1Char('#'), column.name), option, {}, 2);
                }
                continue;
            }
            offer(option.key, option, {}, option.required ? 1 : 2);
        }
    };
    if (c.catalogOptions) {
        CatalogOption type{
            QStringLiteral("type"),
            QStringLiteral("String"),
            {},
            namesOf(catalog.catalogTypes()),
            true,
            QCoreApplication::translate("Weir::CompletionEngine", "The catalog type.")};
        offer(type.key, type, {}, 0);
        offerEntry(catalog.catalogType(valueOf(c.options, u"type")));
        return;
    }
    CatalogOption connector{
        QStringLiteral("connector"),
        QStringLiteral("String"),
        {},
        namesOf(catalog.connectors()),
        true,
        QCoreApplication::translate("Weir::CompletionEngine", "The table connector.")};
    offer(connector.key, connector, {}, 0);
    offerEntry(catalog.connector(valueOf(c.options, u"connector")));
    for (const auto &[key, value] : c.options) {
        if (key.compare(QLatin1String("format"), Qt::CaseInsensitive) != 0 &&
            !key.endsWith(QLatin1String(".format"), Qt::CaseInsensitive))
            continue;
        const ConnectorCatalog::Entry *format = catalog.format(value);
        if (!format)
            continue;
        const QString prefix = key.left(key.size() - 6) + format->name + QLatin1Char('.');
        for (const CatalogOption &option : format->options)
            offer(prefix + option.key, option, format->name, 3);
    }
}

void CompletionOptions::addOptionValues()
{
    const CompletionContext &c = m_context;
    const ConnectorCatalog &catalog = *m_in.connectors;
    const QString key = c.optionKey;
    QStringList values;
    QStringList details;
    auto entries = [&](const QVector<ConnectorCatalog::Entry> &list) {
        for (const ConnectorCatalog::Entry &entry : list) {
            values.append(entry.name);
            details.append(entry.description);
        }
    };
    const CatalogOption *option = nullptr;
    if (c.expect == CompletionExpect::ConfigValues) {
        option = m_in.config->option(key);
    } else if (c.catalogOptions && key.compare(QLatin1String("type"), Qt::CaseInsensitive) == 0) {
        entries(catalog.catalogTypes());
    } else if (c.catalogOptions) {
        if (const ConnectorCatalog::Entry *type = catalog.catalogType(valueOf(c.options, u"type")))
            option = type->option(key);
    } else if (key.compare(QLatin1String("connector"), Qt::CaseInsensitive) == 0) {
        entries(catalog.connectors());
    } else if (key.compare(QLatin1String("format"), Qt::CaseInsensitive) == 0 ||
               key.endsWith(QLatin1String(".format"), Qt::CaseInsensitive)) {
        entries(catalog.formats());
    } else {
        if (const ConnectorCatalog::Entry *connector =
                catalog.connector(valueOf(c.options, u"connector")))
            option = connector->option(key);
        for (const auto &[k, v] : c.options) {
            if (option || !(k.compare(QLatin1String("format"), Qt::CaseInsensitive) == 0 ||
                            k.endsWith(QLatin1String(".format"), Qt::CaseInsensitive)))
                continue;
            const ConnectorCatalog::Entry *format = catalog.format(v);
            const QString prefix =
                format ? k.left(k.size() - 6) + format->name + QLatin1Char('.') : QString();
            if (format && key.startsWith(prefix, Qt::CaseInsensitive))
                option = format->option(key.mid(prefix.size()));
        }
    }
    if (option) {
        values = option->suggestedValues();
        for (const QString &value : values)
            details.append(value == option->defaultValue
                               ? QCoreApplication::translate("Weir::CompletionEngine", "default")
                               : QString());
    }
    addValues(values, details);
}

void CompletionOptions::addConfigKeys()
{
    for (const CatalogOption &option : m_in.config->options())
        addOption(option.key, option, {}, 0);
}

} // namespace Weir::Internal
