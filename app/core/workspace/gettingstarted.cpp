#include "gettingstarted.h"

#include "flink/flinkinstallationfinder.h"
#include "settings/settingkeys.h"
#include "settings/settings.h"
#include "store/storage.h"

namespace Weir {

QString GettingStarted::helloWorldScript()
{
    // The reference product's hello world (shared/PRODUCT.md), so users can compare.
    return QStringLiteral(
        "-- Fifty generated orders, one per second. Run it with Ctrl+Shift+Enter.\n"
        "CREATE TABLE Orders (\n"
        "  order_number BIGINT,\n"
        "  price        DECIMAL(32,2),\n"
        "  buyer        ROW<first_name STRING, last_name STRING>,\n"
        "  order_time   TIMESTAMP(3)\n"
        ") WITH (\n"
        "  'connector' = 'datagen',\n"
        "  'rows-per-second' = '1',\n"
        "  'number-of-rows' = '50'\n"
        ");\n"
        "\n"
        "SELECT order_number, price, buyer.first_name, buyer.last_name, order_time FROM Orders;\n");
}

QString GettingStarted::windowedAggregateScript()
{
    return QStringLiteral(
        "-- Orders and revenue per buyer in 10-second windows: a result that grows window by window.\n"
        "CREATE TABLE Orders (\n"
        "  order_number BIGINT,\n"
        "  buyer_id     INT,\n"
        "  price        DECIMAL(10,2),\n"
        "  order_time   TIMESTAMP(3),\n"
        "  WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND\n"
        ") WITH (\n"
        "  'connector' = 'datagen',\n"
        "  'rows-per-second' = '20',\n"
        "  'fields.buyer_id.min' = '1',\n"
        "  'fields.buyer_id.max' = '5',\n"
        "  'fields.price.min' = '1',\n"
        "  'fields.price.max' = '100'\n"
        ");\n"
        "\n"
        "SELECT window_start, window_end, buyer_id, COUNT(*) AS orders, SUM(price) AS revenue\n"
        "FROM TABLE(TUMBLE(TABLE Orders, DESCRIPTOR(order_time), INTERVAL '10' SECOND))\n"
        "GROUP BY window_start, window_end, buyer_id;\n");
}

Result<bool> GettingStarted::seedIfNew(Storage &storage, Settings &settings)
{
    if (settings.get(SettingKeys::workspaceSeeded))
        return false;
    // A workspace made by an earlier Weir, or filled by hand, is left as its owner made it.
    if (!storage.folders().all().isEmpty() || !storage.scripts().allWithoutText().isEmpty()) {
        settings.set(SettingKeys::workspaceSeeded, true);
        return false;
    }
    const Result<Folder> folder = storage.folders().create(0, tr("Getting started"));
    if (!folder)
        return Result<bool>::failure(folder.error());
    for (const auto &[name, text] : {std::pair{tr("Hello Orders"), helloWorldScript()},
                                     std::pair{tr("Windowed Revenue"), windowedAggregateScript()}}) {
        if (const Result<Script> script = storage.scripts().create(folder->id, name, ScriptType::FlinkSql, text); !script)
            return Result<bool>::failure(script.error());
    }
    if (const auto installation = FlinkInstallationFinder::find(settings.get(SettingKeys::flinkHome))) {
        Cluster local;
        local.name = tr("Local");
        local.isLocal = true;
        local.flinkVersion = installation->version();
        if (const Result<Cluster> added = storage.clusters().add(local); !added)
            return Result<bool>::failure(added.error());
        if (settings.get(SettingKeys::flinkHome).isEmpty())
            settings.set(SettingKeys::flinkHome, installation->homeDir());
    }
    if (const Status status = settings.set(SettingKeys::workspaceSeeded, true); !status)
        return Result<bool>::failure(status.error());
    return true;
}

} // namespace Weir
