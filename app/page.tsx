import Link from "next/link";
import { getViewer } from "@/lib/auth/session";

export default async function HomePage() {
  const viewer = await getViewer();
  return (
    <>
      <section className="hero">
        <h1>Learn how Python spends memory</h1>
        <p>
          Bytewise is a set of auto-graded exercises for Python programmers, students and their instructors. Each
          exercise shows a short program; you predict what <code>sys.getsizeof</code> prints, and Bytewise checks your
          answer against the exact CPython result for the Python version you use, from 3.6 to 3.13.
        </p>
        <p>
          Along the way you see why a dict stays the same size when you add a key and then suddenly jumps, why
          deleting keys gives no memory back, and why a million records cost far less as tuples or classes with{" "}
          <code>__slots__</code> than as dicts.
        </p>
        <p>
          {viewer ? (
            <Link className="button" href="/exercises">
              Go to the exercises
            </Link>
          ) : (
            <>
              <Link className="button" href="/signup">
                Create a free account
              </Link>{" "}
              <Link className="button secondary" href="/login">
                Sign in
              </Link>
            </>
          )}
        </p>
      </section>
      <section className="grid" aria-label="What you can do">
        <div className="card">
          <h2>Learners</h2>
          <p>Predict, get graded per Python version, and see which misconception a wrong answer points to.</p>
        </div>
        <div className="card">
          <h2>Instructors</h2>
          <p>Run courses with join codes, assign exercises, and see the wrong answers your students actually give.</p>
        </div>
        <div className="card">
          <h2>Exact answers</h2>
          <p>
            Every answer key is computed by a model of CPython&apos;s memory layout, checked against real interpreters,
            never typed by hand.
          </p>
        </div>
      </section>
    </>
  );
}
