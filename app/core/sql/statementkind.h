#pragma once

#include <QString>

namespace Weir {

// What a statement is, as the splitter's classifier sees it from its first words. The names
// (statementKindName) are the ones `weir split` prints.
enum class StatementKind : quint8 {
    Set,               // SET 'key' = 'value' (or SET to list)
    Reset,             // RESET ['key']
    Create,            // CREATE TABLE / VIEW / CATALOG / DATABASE / MODEL ..., REPLACE TABLE AS
    CreateFunction,    // CREATE [TEMPORARY [SYSTEM]] FUNCTION
    Drop,              // DROP ...
    Alter,             // ALTER ...
    Insert,            // INSERT INTO / OVERWRITE, EXECUTE INSERT
    Query,             // SELECT, WITH, VALUES, (SELECT ...)
    Explain,           // EXPLAIN ...
    Show,              // SHOW ...
    Describe,          // DESCRIBE / DESC
    Use,               // USE [CATALOG] name, USE MODULES
    AddJar,            // ADD JAR '...'
    RemoveJar,         // REMOVE JAR '...'
    StatementSet,      // EXECUTE STATEMENT SET BEGIN ... END (one statement)
    BeginStatementSet, // BEGIN STATEMENT SET (legacy form, followed by INSERTs and END)
    End,               // END (closes the legacy form)
    CdcSource,         // EXECUTE CDCSOURCE (the reference product's whole-database sync)
    LoadModule,        // LOAD MODULE
    UnloadModule,      // UNLOAD MODULE
    Other,             // anything else (see Statement::recognized)
};

// "SET", "CREATE_FUNCTION", ... as listed in the issue and printed by `weir split`.
QString statementKindName(StatementKind kind);

} // namespace Weir
