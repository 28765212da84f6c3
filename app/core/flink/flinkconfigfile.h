#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Weir {

// Reads the keys Weir needs from Flink's conf/config.yaml (or legacy flink-conf.yaml) into
// flat dotted keys ("env.java.opts.all"). Value type; any thread.
//
// This is deliberately a small subset of YAML, enough for Flink's stock files and the ones
// scripts/fetch-flink writes:
//   * block mappings nested by indentation, and flat dotted keys (`a.b.c: v`), mixed freely;
//   * plain, 'single'- and "double"-quoted scalars, `# comments`;
//   * flow mappings on one line (`rest: {address: localhost, port: 8081}`).
// Not supported (such entries are skipped or kept as raw text): block sequences (`- item`),
// flow sequences (kept as the raw `[a, b]` text), multi-line and block scalars (`|`, `>`),
// anchors, aliases, tags and multiple documents. Flink itself parses the file with a real
// YAML parser; Weir only reads JVM options and a few scalars, so it needs no more.
class FlinkConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(FlinkConfigFile)

public:
    FlinkConfigFile() = default;

    static Result<FlinkConfigFile> load(const QString &path);
    static FlinkConfigFile parse(const QString &text);

    QString value(const QString &key, const QString &defaultValue = QString()) const;
    bool contains(const QString &key) const { return m_values.contains(key); }
    const QMap<QString, QString> &values() const { return m_values; }

private:
    void parseFlowMapping(const QString &prefix, const QString &text);

    QMap<QString, QString> m_values;
};

} // namespace Weir
