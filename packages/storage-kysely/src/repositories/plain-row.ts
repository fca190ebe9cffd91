/** A row in its JavaScript form. */
export type PlainRow = Record<string, unknown>;
