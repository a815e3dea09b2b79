// The e2e server runs in production mode with the outbox transport: reading the outbox needs
// this secret (OUTBOX_SECRET, sent as X-Outbox-Secret) or an admin session.
export const E2E_OUTBOX_SECRET = "e2e-outbox-secret-e2e-outbox-secret";
export const outboxHeaders = { "x-outbox-secret": E2E_OUTBOX_SECRET };
