// The header on every page: navigation for the viewer's role, and who is signed in.
import Link from "next/link";
import type { Viewer } from "@/lib/data/access";
import { SignOutButton } from "@/app/_components/sign-out-button";

const ROLE_LABEL = { LEARNER: "learner", INSTRUCTOR: "instructor", ADMIN: "admin" } as const;

interface NavLink {
  href: string;
  label: string;
}

/** Links per role: learners practise, instructors also teach, admins also manage accounts. */
export function navLinksFor(viewer: Viewer | null): NavLink[] {
  if (!viewer) return [];
  const links: NavLink[] = [
    { href: "/exercises", label: "Exercises" },
    { href: "/progress", label: "Progress" },
    { href: "/sandbox", label: "Sandbox" },
    { href: "/courses", label: "Courses" },
    { href: "/profile", label: "Profile" },
  ];
  if (viewer.role === "INSTRUCTOR" || viewer.role === "ADMIN") links.push({ href: "/teach", label: "Teach" });
  if (viewer.role === "ADMIN") links.push({ href: "/admin/users", label: "Admin" });
  return links;
}

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          {/* eslint-disable-next-line @next/next/no-img-element -- a 20px inline SVG needs no optimisation */}
          <img src="/icon.svg" alt="" width={22} height={22} />
          Bytewise
        </Link>
        <nav className="site-nav" aria-label="Main">
          {navLinksFor(viewer).map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="account" data-testid="account">
          {viewer ? (
            <>
              <span data-testid="signed-in-user">{viewer.name}</span>
              <span className="role-badge" data-testid="signed-in-role">
                {ROLE_LABEL[viewer.role]}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login">Sign in</Link>
              <Link href="/signup" className="button">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
