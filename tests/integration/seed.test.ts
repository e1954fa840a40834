// `npm start` on a database that was already set up must duplicate nothing: migrations and seed are
// run twice here exactly as scripts/lib.mjs prepareDatabase runs them.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadExerciseLibrary, parseExerciseFile } from "@/lib/content/load";
import { DEMO_ACCOUNTS, syncExerciseLibrary } from "@/lib/data/seed";
import { createPrismaClient } from "@/lib/db-client";

async function runStartDatabaseSteps() {
  // `npm start` prepares the database before its server opens it: on a WAL-mode SQLite file,
  // `prisma migrate deploy` fails with SocketTimeout while any other connection is open.
  await db.$disconnect();
  for (const [command, args] of [
    ["node_modules/.bin/prisma", ["migrate", "deploy"]],
    ["node_modules/.bin/tsx", ["prisma/seed.ts"]],
  ] as const) {
    const result = spawnSync(command, args, { env: process.env, encoding: "utf8" });
    expect(result.status, `${command} ${args.join(" ")}\n${result.stdout}\n${result.stderr}`).toBe(0);
  }
}

async function counts() {
  return {
    users: await db.user.count(),
    exercises: await db.exercise.count(),
    revisions: await db.exerciseRevision.count(),
    migrations: Number(((await db.$queryRawUnsafe('SELECT COUNT(*) AS n FROM "_prisma_migrations"')) as { n: bigint | number }[])[0]!.n),
  };
}

describe("a second start on the same database", () => {
  it("duplicates nothing", async () => {
    await runStartDatabaseSteps();
    const first = await counts();
    const library = loadExerciseLibrary();
    expect(await db.exercise.count({ where: { slug: { in: library.map((e) => e.slug) }, status: "PUBLISHED" } })).toBe(library.length);
    expect(await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(DEMO_ACCOUNTS.length);

    await runStartDatabaseSteps();
    expect(await counts()).toEqual(first);
  }, 120_000);
});

describe("syncExerciseLibrary", () => {
  it("adds a revision only when an exercise file changes, and keeps the old one", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL);
    try {
      const [original] = loadExerciseLibrary();
      const slug = `changed-${Date.now()}`;
      const first = parseExerciseFile(slug, JSON.stringify(original!.exercise));
      expect(await syncExerciseLibrary(client, [first])).toEqual({ exercisesCreated: 1, revisionsCreated: 1 });
      expect(await syncExerciseLibrary(client, [first])).toEqual({ exercisesCreated: 0, revisionsCreated: 0 });

      const edited = parseExerciseFile(slug, JSON.stringify({ ...original!.exercise, title: "A better title" }));
      expect(await syncExerciseLibrary(client, [edited])).toEqual({ exercisesCreated: 0, revisionsCreated: 1 });
      const exercise = await client.exercise.findUniqueOrThrow({
        where: { slug },
        include: { revisions: { orderBy: { number: "asc" } }, currentRevision: true },
      });
      expect(exercise.revisions.map((r) => r.number)).toEqual([1, 2]);
      expect(exercise.currentRevision?.number).toBe(2);
      expect(exercise.title).toBe("A better title");
    } finally {
      await client.$disconnect();
    }
  });
});
