import "server-only";

export { db, getConnection, closeConnection, preparedPerConnection, type Db, type Tx, type DbOrTx } from "./client";
export { migrateDb } from "./migrate";
export { uniqueViolation, isDatabaseUnavailable, DatabaseUnavailableError } from "./errors";
export * as schema from "./schema";
