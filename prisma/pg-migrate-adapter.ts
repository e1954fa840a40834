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
/** Built-in OIDs the adapter maps itself (pg `types.builtins`), left untouched. */
const KNOWN_OIDS = new Set<number>(Object.values(pg.types.builtins as Record<string, number>));
for (const oid of [1005, 1007, 1021, 1022, 1231, 791, 1000, 1014, 1009, 1015, 1561, 1563, 651, 1041, 143, 1182, 1183, 1115, 1185, 199, 3807, 1001, 2951, 1016, 1028]) {
  KNOWN_OIDS.add(oid);
}

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
