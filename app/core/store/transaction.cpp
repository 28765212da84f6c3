#include "transaction.h"

#include "sqlutil.h"

namespace Weir::Internal {

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    Status status = SqlUtil::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = status.ok();
    return status;
}

Status Transaction::commit()
{
    if (!m_active)
        return Status();
    Status status = SqlUtil::exec(m_db, QStringLiteral("COMMIT"));
    if (status.ok())
        m_active = false;
    else
        rollback();
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    SqlUtil::exec(m_db, QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Weir::Internal
