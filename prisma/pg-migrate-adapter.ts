// A PostgreSQL driver adapter for the Prisma CLI only (migrate deploy/status/diff, db pull, seed).
// The application itself uses a plain PrismaPg (lib/db-client.ts).
//
// Why: Prisma 6.19's wasm schema engine reads catalog columns typed `name` (OID 19), `"char"` (18)
// and `sql_identifier`, and @prisma/adapter-pg 6.19.3 refuses to deserialize built-in types it does
// not know (upstream prisma/orm#27403). They are all text on the wire, so we re-label such columns
// as text before the adapter looks at them.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const NAME_ARRAY_OID = 1003;
/** OIDs below this are PostgreSQL built-ins; user-defined types (enums) are handled by the adapter. */
const FIRST_NORMAL_OBJECT_ID = 16384;
/** Built-in scalar types adapter-pg 6.19.3 maps itself (its fieldToColumnType), by pg's names. */
const SCALARS_THE_ADAPTER_MAPS = [
  "INT2", "INT4", "INT8", "FLOAT4", "FLOAT8", "BOOL", "DATE", "TIME", "TIMETZ", "TIMESTAMP", "TIMESTAMPTZ",
  "NUMERIC", "MONEY", "JSON", "JSONB", "UUID", "OID", "BPCHAR", "TEXT", "VARCHAR", "BIT", "VARBIT", "INET",
  "CIDR", "XML", "BYTEA",
] as const;
/** …and the array types it maps (its ArrayColumnType table). */
const ARRAYS_THE_ADAPTER_MAPS = [
  1561, 1000, 1001, 1014, 1002, 651, 1182, 1021, 1022, 1041, 1005, 1007, 1016, 3807, 199, 791, 1231, 1028,
  1009, 1115, 1185, 1183, 2951, 1563, 1015, 143,
];
const builtins = pg.types.builtins as unknown as Record<string, number>;
const KNOWN_OIDS = new Set<number>([...SCALARS_THE_ADAPTER_MAPS.map((name) => builtins[name]!), ...ARRAYS_THE_ADAPTER_MAPS]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabel(result: unknown): unknown {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) {
      if (field.dataTypeID === NAME_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
      else if (field.dataTypeID < FIRST_NORMAL_OBJECT_ID && !KNOWN_OIDS.has(field.dataTypeID)) {
        field.dataTypeID = TEXT_OID;
      }
    }
  }
  return result;
}

/** Every pg client of the pool relabels results, for both promise and callback calls. */
function relabelClientResults(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // pool.query() checks a client out and calls client.query(text, values, callback).
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, relabel(result));
      return original(...args);
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(relabel) : out;
  };
}

/** A PrismaPg whose pooled connections re-label unknown catalog types as text. */
export function pgMigrateAdapter(connectionString: string) {
  // allowExitOnIdle: otherwise the CLI lingers ~10 s on idle pool connections.
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true, idleTimeoutMillis: 200 });
  pool.on("connect", relabelClientResults);
  return new PrismaPg(pool, { disposeExternalPool: true });
}
