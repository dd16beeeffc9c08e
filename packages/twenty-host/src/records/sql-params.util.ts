import { type ColumnKind, toSqlType } from '../database/columns.util';
import { describeValue } from './describe-value.util';

/** Collects positional parameters, each cast to its column type (same on pg and PGlite). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, kind: ColumnKind): string {
    if (value === null || value === undefined) {
      this.values.push(null);
      return `$${this.values.length}::${toSqlType(kind)}`;
    }
    if (kind === 'JSON') {
      this.values.push(JSON.stringify(value));
      return `$${this.values.length}::jsonb`;
    }
    if (kind === 'TEXT_ARRAY') {
      this.values.push(JSON.stringify(value));
      return `ARRAY(SELECT jsonb_array_elements_text($${this.values.length}::jsonb))`;
    }
    if (kind === 'NUMERIC') {
      this.values.push(describeValue(value));
      return `$${this.values.length}::numeric`;
    }
    this.values.push(value);
    return `$${this.values.length}::${toSqlType(kind)}`;
  }
}
