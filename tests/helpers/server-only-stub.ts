// Stands in for the `server-only` package in integration tests (see vitest.integration.config.mts).
export {};
