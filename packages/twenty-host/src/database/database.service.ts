import { randomBytes } from 'node:crypto';

import { DataSource, type QueryRunner } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';

import {
  type ObjectMetadata,
  type RelationSettings,
  type WorkspaceMetadata,
} from '../manifest/object-metadata.type';
import { getObjectColumns, quoteIdentifier, toSqlType } from './columns.util';

/** Every MANY_TO_ONE relation field's join column, with its object and relation. */
const manyToOneJoinColumns = (
  metadata: WorkspaceMetadata,
): {
  object: ObjectMetadata;
  joinColumnName: string;
  relation: RelationSettings;
}[] =>
  metadata.objects.flatMap((object) =>
    object.fields.flatMap((field) => {
      const relation = field.relation;
      return relation?.relationType === 'MANY_TO_ONE' &&
        relation.joinColumnName !== undefined
        ? [{ object, joinColumnName: relation.joinColumnName, relation }]
        : [];
    }),
  );

// TypeORM's postgres driver answers UPDATE/DELETE with [rows, affectedCount].
const toRows = (result: unknown): unknown[] => {
  if (!Array.isArray(result)) return [];
  if (
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as unknown[];
  }
  return result as unknown[];
};

export type SqlExecutor = {
  query: (sql: string, params?: unknown[]) => Promise<unknown[]>;
};

// typeorm-pglite keeps one PGlite instance per process behind a single connection: the
// hosts of one process share it (each in its own schema) and take turns through a lock,
// so that one host's transaction never interleaves with another statement.
let sharedPglite: Promise<DataSource> | null = null;
let sharedPgliteUsers = 0;
let pgliteQueue: Promise<unknown> = Promise.resolve();

const getSharedPglite = (): Promise<DataSource> => {
  sharedPglite ??= new DataSource({
    type: 'postgres',
    driver: new PGliteDriver().driver,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: false,
  }).initialize();
  return sharedPglite;
};

const withPgliteLock = <TResult>(
  work: () => Promise<TResult>,
): Promise<TResult> => {
  const run = pgliteQueue.then(work, work);
  pgliteQueue = run.catch(() => undefined);
  return run;
};

// One workspace = one PostgreSQL schema, created fresh per host instance and dropped on
// stop, so parallel test files and repeated runs never see each other's rows.
export class DatabaseService implements SqlExecutor {
  private constructor(
    private readonly dataSource: DataSource,
    readonly schemaName: string,
    readonly isPglite: boolean,
  ) {}

  static async connect(
    databaseUrl: string | undefined,
  ): Promise<DatabaseService> {
    const schemaName = `workspace_${randomBytes(5).toString('hex')}`;
    const isPglite = databaseUrl === undefined || databaseUrl === '';
    if (isPglite) sharedPgliteUsers += 1;
    const dataSource = isPglite
      ? await getSharedPglite()
      : await new DataSource({
          type: 'postgres',
          url: databaseUrl,
          synchronize: false,
          logging: false,
          installExtensions: false,
          extra: { max: 10 },
        }).initialize();
    const service = new DatabaseService(dataSource, schemaName, isPglite);
    await service.query(`CREATE SCHEMA ${quoteIdentifier(schemaName)}`);
    return service;
  }

  private serialise<TResult>(work: () => Promise<TResult>): Promise<TResult> {
    return this.isPglite ? withPgliteLock(work) : work();
  }

  table(object: ObjectMetadata): string {
    return `${quoteIdentifier(this.schemaName)}.${quoteIdentifier(object.nameSingular)}`;
  }

  async query(sql: string, params: unknown[] = []): Promise<unknown[]> {
    const result: unknown = await this.serialise(() =>
      this.dataSource.query(sql, params),
    );
    return toRows(result);
  }

  /** Runs `work` in one transaction; the callback gets an executor bound to it. */
  transaction<TResult>(
    work: (executor: SqlExecutor) => Promise<TResult>,
  ): Promise<TResult> {
    return this.serialise(() => this.runTransaction(work));
  }

  private async runTransaction<TResult>(
    work: (executor: SqlExecutor) => Promise<TResult>,
  ): Promise<TResult> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await work({
        query: async (sql, params = []) => {
          const rows: unknown = await runner.query(sql, params);
          return toRows(rows);
        },
      });
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  async createTables(metadata: WorkspaceMetadata): Promise<void> {
    await this.migrateTables({ from: null, to: metadata });
  }

  /**
   * Moves the schema from one metadata to another, as an install, upgrade or uninstall of
   * an app does: new tables and columns are added, tables and columns no longer in the
   * metadata are dropped with their data, everything else (rows included) stays.
   */
  async migrateTables({
    from,
    to,
  }: {
    from: WorkspaceMetadata | null;
    to: WorkspaceMetadata;
  }): Promise<void> {
    const before = new Map(
      (from?.objects ?? []).map((object) => [object.nameSingular, object]),
    );
    const after = new Map(
      to.objects.map((object) => [object.nameSingular, object]),
    );
    const statements: string[] = [];
    for (const [name, object] of after) {
      const previous = before.get(name);
      if (previous === undefined) continue;
      const kept = new Set(
        getObjectColumns(object).map(({ column }) => column),
      );
      for (const { column } of getObjectColumns(previous)) {
        if (kept.has(column)) continue;
        statements.push(
          `ALTER TABLE ${this.table(object)} DROP COLUMN IF EXISTS ${quoteIdentifier(column)} CASCADE`,
        );
      }
    }
    for (const [name, previous] of before) {
      if (after.has(name)) continue;
      statements.push(`DROP TABLE IF EXISTS ${this.table(previous)} CASCADE`);
    }
    for (const [name, object] of after) {
      const previous = before.get(name);
      const existing = new Set(
        previous === undefined
          ? []
          : getObjectColumns(previous).map(({ column }) => column),
      );
      const columns = getObjectColumns(object)
        .filter(({ column }) => !existing.has(column))
        .map(({ column, kind }) => {
          const definition = `${quoteIdentifier(column)} ${toSqlType(kind)}`;
          return column === 'id' ? `${definition} PRIMARY KEY` : definition;
        });
      if (previous === undefined) {
        statements.push(
          `CREATE TABLE ${this.table(object)} (${columns.join(', ')})`,
        );
        continue;
      }
      for (const column of columns) {
        statements.push(
          `ALTER TABLE ${this.table(object)} ADD COLUMN ${column}`,
        );
      }
    }
    const existingConstraints = new Set(
      from === null
        ? []
        : [...this.uniqueIndexesOf(from), ...this.foreignKeysOf(from)].map(
            ({ name }) => name,
          ),
    );
    for (const constraint of [
      ...this.uniqueIndexesOf(to),
      ...this.foreignKeysOf(to),
    ]) {
      if (!existingConstraints.has(constraint.name))
        statements.push(constraint.statement);
    }
    statements.push(...this.indexStatements(from, to));
    for (const statement of statements) {
      await this.query(statement);
    }
  }

  /**
   * The manifest's indexes (defineIndex): created when new, dropped when gone, as Twenty's
   * workspace-schema-index-manager.service.ts does (`CREATE [UNIQUE] INDEX IF NOT EXISTS
   * "<name>" ON "<schema>"."<table>" [USING <type>] ("<column>", ...)`, `DROP INDEX IF EXISTS`).
   */
  private indexStatements(
    from: WorkspaceMetadata | null,
    to: WorkspaceMetadata,
  ): string[] {
    const objects = new Map(
      to.objects.map((object) => [object.nameSingular, object]),
    );
    const before = new Set((from?.indexes ?? []).map((index) => index.name));
    const after = new Set((to.indexes ?? []).map((index) => index.name));
    const dropped = (from?.indexes ?? [])
      .filter(
        (index) =>
          !after.has(index.name) && objects.has(index.objectNameSingular),
      )
      .map(
        (index) =>
          `DROP INDEX IF EXISTS ${quoteIdentifier(this.schemaName)}.${quoteIdentifier(index.name)}`,
      );
    const created = (to.indexes ?? []).flatMap((index) => {
      const object = objects.get(index.objectNameSingular);
      if (object === undefined || before.has(index.name)) return [];
      const using =
        index.indexType !== 'BTREE' && /^[A-Z]+$/.test(index.indexType)
          ? ` USING ${index.indexType}`
          : '';
      return [
        `CREATE ${index.isUnique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoteIdentifier(index.name)} ON ${this.table(object)}${using} (${index.columns.map(quoteIdentifier).join(', ')})`,
      ];
    });
    return [...dropped, ...created, ...this.joinColumnIndexStatements(to)];
  }

  /**
   * An index on every MANY_TO_ONE join column, as Twenty registers one with each join column
   * (packages/twenty-server/src/engine/twenty-orm/decorators/workspace-join-column.decorator.ts:
   * "Register index for join column"). Without them every `…Id: { in: […] }` filter scans its
   * table. A join column dropped with its field takes its index with it.
   */
  private joinColumnIndexStatements(metadata: WorkspaceMetadata): string[] {
    return manyToOneJoinColumns(metadata).map(({ object, joinColumnName }) => {
      const name = `IDX_${object.nameSingular}_${joinColumnName}`;
      return `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(name)} ON ${this.table(object)} (${quoteIdentifier(joinColumnName)})`;
    });
  }

  private uniqueIndexesOf(
    metadata: WorkspaceMetadata,
  ): { name: string; statement: string }[] {
    return metadata.objects.flatMap((object) =>
      object.fields.flatMap((field) => {
        if (field.isUnique !== true) return [];
        const column =
          field.uniqueSubField === undefined
            ? field.name
            : `${field.name}${field.uniqueSubField.charAt(0).toUpperCase()}${field.uniqueSubField.slice(1)}`;
        const name = `IDX_UNIQUE_${object.nameSingular}_${column}`;
        return [
          {
            name,
            statement: `CREATE UNIQUE INDEX ${quoteIdentifier(name)} ON ${this.table(object)} (${quoteIdentifier(column)}) WHERE "deletedAt" IS NULL AND ${quoteIdentifier(column)} IS NOT NULL AND ${quoteIdentifier(column)}::text <> ''`,
          },
        ];
      }),
    );
  }

  private foreignKeysOf(
    metadata: WorkspaceMetadata,
  ): { name: string; statement: string }[] {
    return manyToOneJoinColumns(metadata).flatMap(
      ({ object, joinColumnName, relation }) => {
        const target = metadata.objects.find(
          (o) =>
            o.universalIdentifier === relation.targetObjectUniversalIdentifier,
        );
        if (target === undefined) return [];
        const onDelete =
          relation.onDelete === 'CASCADE'
            ? 'CASCADE'
            : relation.onDelete === 'RESTRICT'
              ? 'RESTRICT'
              : relation.onDelete === 'NO_ACTION'
                ? 'NO ACTION'
                : 'SET NULL';
        const name = `FK_${object.nameSingular}_${joinColumnName}`;
        return [
          {
            name,
            statement: `ALTER TABLE ${this.table(object)} ADD CONSTRAINT ${quoteIdentifier(name)} FOREIGN KEY (${quoteIdentifier(joinColumnName)}) REFERENCES ${this.table(target)} ("id") ON DELETE ${onDelete}`,
          },
        ];
      },
    );
  }

  async close(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.query(
      `DROP SCHEMA IF EXISTS ${quoteIdentifier(this.schemaName)} CASCADE`,
    );
    if (!this.isPglite) {
      await this.dataSource.destroy();
      return;
    }
    // The shared PGlite instance closes with its last host.
    sharedPgliteUsers -= 1;
    if (sharedPgliteUsers === 0) {
      sharedPglite = null;
      await withPgliteLock(() => this.dataSource.destroy());
    }
  }
}
