// The PostgreSQL schema is generated from the SQLite one, and both providers carry the same
// migrations; drift would mean one database silently lacks a table or column.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { postgresSchemaFrom } from "@/scripts/sync-postgres-schema.mjs";

const migrationNames = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe("prisma schemas", () => {
  it("prisma/postgres/schema.prisma is up to date with prisma/schema.prisma", () => {
    const expected = (postgresSchemaFrom as (s: string) => string)(readFileSync("prisma/schema.prisma", "utf8"));
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(expected);
  });

  it("both providers have the same list of migrations", () => {
    expect(migrationNames("prisma/postgres/migrations")).toEqual(migrationNames("prisma/migrations"));
  });
});
