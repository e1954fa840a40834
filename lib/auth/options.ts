// next-auth v4 configuration: email + password (bcrypt) with JWT sessions. The session only carries
// the user id; role and profile are re-read from the database on every request (lib/auth/session.ts)
// so a role change takes effect at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate, tooManyAttemptsMessage } from "@/lib/data/accounts";
import { signInInputSchema } from "@/lib/validation/auth";
import { clientIp } from "@/lib/auth/client-ip";

/** Error code the sign-in form maps to "Wrong email or password." */
export const INVALID_CREDENTIALS = "CredentialsSignin";

let cached: NextAuthOptions | undefined;

/** Built on first use: `next build` loads this module before the secret has to exist. */
export function getAuthOptions(): NextAuthOptions {
  // Without NEXTAUTH_URL, next-auth v4 needs permission to take its origin from the Host header;
  // that makes any host/port (and several instances behind a proxy) work with no configuration.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  cached ??= {
    secret: env.authSecret(),
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInInputSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data.email, parsed.data.password, clientIp(request?.headers));
          if (result.ok) return { id: result.viewer.id, email: result.viewer.email, name: result.viewer.name };
          // next-auth hands a thrown message to the sign-in form as its `error`.
          if (result.reason === "rate-limited") throw new Error(tooManyAttemptsMessage(result.retryAfterSeconds));
          return null;
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ?? "" } };
      },
    },
    // Our own logger: next-auth's default prints request metadata, and nothing here may ever
    // print a password.
    logger: {
      error: (code) => console.error(`[auth] ${code}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => {},
    },
  };
  return cached;
}
