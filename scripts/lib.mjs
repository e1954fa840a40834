// Shared steps of scripts/start.mjs, scripts/test.mjs and .ci/run. Plain Node with no dependencies:
// it must run before `npm ci` has installed anything.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LOCAL_DIR = path.join(ROOT, ".bytewise");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

export function log(message) {
  console.log(`\x1b[1m[bytewise]\x1b[0m ${message}`);
}

/** Runs a command from the project root, inheriting output; exits the process if it fails. */
export function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: process.env, ...options });
  if (result.status !== 0) {
    log(`FAILED (${result.status ?? result.signal}): ${command} ${args.join(" ")}`);
    process.exit(result.status || 1);
  }
  return Date.now() - started;
}

/** Runs a tool from node_modules/.bin. */
export const runBin = (name, args, options) => run(bin(name), args, options);

/** Runs a tool and returns its exit status instead of exiting. */
export function tryBin(name, args, options = {}) {
  return spawnSync(bin(name), args, { cwd: ROOT, stdio: "inherit", env: process.env, ...options }).status ?? 1;
}

/** `npm ci` when node_modules is missing or stale (a fresh clone); otherwise nothing. */
export function ensureDependencies() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json");
  if (existsSync(marker) && existsSync(bin("next")) && existsSync(bin("prisma"))) return;
  log("Installing dependencies (npm ci; the first time takes a minute or two)...");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Creates .bytewise/ and, unless NEXTAUTH_SECRET is set, a random secret kept there. */
export function ensureLocalSecret() {
  mkdirSync(LOCAL_DIR, { recursive: true });
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return;
  const file = path.join(LOCAL_DIR, "secret");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600 });
    chmodSync(file, 0o600);
    log("Generated a session secret in .bytewise/secret (keep it private; set NEXTAUTH_SECRET to override).");
  }
}

/** Generates the Prisma client for the current DATABASE_URL, applies migrations, seeds. */
export function prepareDatabase({ printAccounts = false, quiet = false } = {}) {
  const stdio = quiet ? ["ignore", "ignore", "inherit"] : "inherit";
  runBin("prisma", ["generate"], { stdio });
  runBin("prisma", ["migrate", "deploy"], { stdio });
  runBin("tsx", ["prisma/seed.ts", ...(printAccounts ? ["--print-accounts"] : [])]);
}

/** "postgresql" or "sqlite": the generated Prisma client, and so each build, is for one of them. */
export function currentProvider() {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";
}

const providerMarker = (distDir) => path.join(ROOT, distDir, "bytewise-provider");

/** `next build` into `distDir` (tests build into their own folder so a running server is untouched). */
export function buildApp(distDir = ".next") {
  const ms = runBin("next", ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BYTEWISE_DIST_DIR: distDir } });
  writeFileSync(providerMarker(distDir), currentProvider());
  return ms;
}

/** True when `distDir` holds a build made for the current database provider. */
export function buildMatchesProvider(distDir) {
  try {
    return readFileSync(providerMarker(distDir), "utf8") === currentProvider();
  } catch {
    return false;
  }
}

/** Starts `next start` in the background; resolves once it answers HTTP. */
export async function startServer({ port, distDir = ".next", stdio = "inherit" }) {
  const child = spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BYTEWISE_DIST_DIR: distDir, PORT: String(port) },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/login`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`next start did not answer on port ${port} within 60 s`);
}

/** True when something already listens on 127.0.0.1:port. */
export async function portInUse(port) {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}
