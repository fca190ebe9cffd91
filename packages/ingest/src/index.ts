/**
 * `@trainkit/ingest`: the ingestion pipeline over the storage ports.
 *
 * @packageDocumentation
 */
export {};
