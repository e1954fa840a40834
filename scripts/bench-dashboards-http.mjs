// Whole-page server time of each instructor dashboard through a running `next start` on the
// benchmark database (scripts/seed-dashboard-bench.ts): signs in as the benchmark instructor, then
// times each page's full HTML response (request sent → last byte), N runs after 2 warm-ups.
//
//   node scripts/bench-dashboards-http.mjs --base http://127.0.0.1:3117 --course <courseId> --learner <userId> --exercise <slug> [--runs 20]
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = option("base", "http://127.0.0.1:3117");
const runs = Number(option("runs", "20"));
const course = option("course");
const learner = option("learner");
const exercise = option("exercise");

const cookies = new Map();
const remember = (response) => {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
};
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");

const csrf = await fetch(`${base}/api/auth/csrf`);
remember(csrf);
const { csrfToken } = await csrf.json();
const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  redirect: "manual",
  headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader() },
  body: new URLSearchParams({ csrfToken, email: "bench-instructor@bytewise.local", password: "bench-password", json: "true" }),
});
remember(signIn);
if (![...cookies.keys()].some((k) => k.includes("session-token"))) throw new Error("sign-in failed");

const pages = [
  ["course page", `/courses/${course}`],
  ["course grid", `/courses/${course}/dashboard?sort=score&dir=desc`],
  ["course grid, filtered", `/courses/${course}/dashboard?status=behind`],
  ["exercise dashboard", `/courses/${course}/exercises/${exercise}`],
  ["learner page", `/courses/${course}/learners/${learner}`],
  ["gradebook CSV", `/courses/${course}/gradebook.csv`],
];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
console.log("| page | p50 ms | p95 ms | bytes |");
console.log("|---|---|---|---|");
for (const [name, path] of pages) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { Cookie: cookieHeader() } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    if (i >= 2) times.push(performance.now() - started);
    bytes = body.length;
  }
  console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${bytes} |`);
}
