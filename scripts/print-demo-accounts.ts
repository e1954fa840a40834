// Prints the seeded demo logins (npm start shows them once the server is up).
import { DEMO_ACCOUNTS } from "@/lib/data/seed";

for (const account of DEMO_ACCOUNTS) {
  console.log(`  ${account.role.toLowerCase().padEnd(10)}  ${account.email.padEnd(26)}  password: ${account.password}`);
}
