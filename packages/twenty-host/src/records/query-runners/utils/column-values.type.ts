/** Column name to value, for the columns a write sets. */
export type ColumnValues = Map<string, unknown>;
