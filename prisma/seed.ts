// `prisma db seed` / `npm run db:seed`: demo accounts and the exercise library, idempotently.
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl, providerOf } from "@/lib/database-url";
import { loadExerciseLibrary } from "@/lib/content/load";
import { DEMO_ACCOUNTS, seedDatabase } from "@/lib/data/seed";

async function main() {
  const url = databaseUrl();
  const client = createPrismaClient(url);
  try {
    if (providerOf(url) === "sqlite") {
      // WAL lets readers proceed while a submission is written; the mode is stored in the file.
      await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    }
    const report = await seedDatabase(client, loadExerciseLibrary());
    console.log(
      `Seeded: ${report.accountsCreated} new accounts, ${report.exercisesCreated} new exercises, ` +
        `${report.revisionsCreated} new exercise revisions.`,
    );
    if (process.argv.includes("--print-accounts")) {
      console.log("Demo accounts:");
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.toLowerCase().padEnd(10)}  ${a.email.padEnd(26)}  ${a.password}`);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
