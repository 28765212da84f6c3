#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace Weir::Internal {

// A write transaction that rolls back unless committed. Same thread as its connection.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // IMMEDIATE takes the write lock up front, so a second connection (the edit journal)
    // makes us wait for busy_timeout instead of failing with SQLITE_BUSY mid-transaction.
    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Weir::Internal
