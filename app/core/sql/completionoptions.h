#pragma once

#include "sql/completionsources.h"

namespace Weir::Internal {

// Offers WITH ( ... ) option keys and values and SET configuration keys and values: the keys of
// the chosen 'connector' (or catalog 'type') not set yet, those of each chosen format under
// its prefix ('json.', 'key.csv.'), datagen's per-column keys, the enumerated values of a key,
// connector and format names. Quotes what is typed bare. Lives for one request; any thread.
class CompletionOptions
{
public:
    CompletionOptions(const CompletionSources::Inputs &inputs, CompletionRanking *ranking);

    void addOptionKeys();
    void addOptionValues(); // also the values of SET 'key' =
    void addConfigKeys();

private:
    QString literalText(const QString &value) const;
    void addOption(const QString &key, const CatalogOption &option, const QString &owner,
                   int priority);
    void addValues(const QStringList &values, const QStringList &details);

    CompletionSources::Inputs m_in;
    const CompletionContext &m_context;
    CompletionRanking *m_ranking;
};

} // namespace Weir::Internal
