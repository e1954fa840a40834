// `npm start`: from a fresh clone to a running Bytewise in one command, with no configuration.
// Installs dependencies if missing, prepares the database (SQLite file by default), builds, serves.
import { buildApp, ensureDependencies, ensureLocalSecret, log, portInUse, prepareDatabase, runBin, startServer } from "./lib.mjs";

const port = Number(process.env.PORT || 3000);
const started = Date.now();

ensureDependencies();
ensureLocalSecret();
if (await portInUse(port)) {
  log(`Port ${port} is already in use. Stop what runs there, or choose another: PORT=3001 npm start`);
  process.exit(1);
}
log(`Database: ${process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//***@") : "SQLite file .bytewise/bytewise.db"}`);
prepareDatabase();
log("Building the app (next build)...");
buildApp();

const server = await startServer({ port });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
log(`Bytewise is running at http://localhost:${port}  (ready in ${seconds} s; Ctrl+C to stop)`);
log("Demo accounts:");
runBin("tsx", ["scripts/print-demo-accounts.ts"]);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill("SIGTERM");
    process.exit(0);
  });
}
server.on("exit", (code) => process.exit(code ?? 0));
