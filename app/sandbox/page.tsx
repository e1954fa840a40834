import type { Metadata } from "next";
import { SandboxLoader } from "./_components/sandbox-loader";

export const metadata: Metadata = { title: "Sandbox" };

/** Open to everyone: the simulator runs in the browser and the code stays in the URL fragment. */
export default function SandboxPage() {
  return (
    <>
      <h1>Sandbox</h1>
      <SandboxLoader />
    </>
  );
}
