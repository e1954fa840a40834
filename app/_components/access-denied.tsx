// Shown when a signed-in user opens a page their role does not allow.
import Link from "next/link";

export function AccessDenied({ need }: { need: string }) {
  return (
    <section className="card" data-testid="access-denied">
      <h1>Not available for your role</h1>
      <p>
        This page is for {need}. <Link href="/exercises">Back to the exercises</Link>.
      </p>
    </section>
  );
}
