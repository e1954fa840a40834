"use client";
// Monaco and the simulator load only on this page, only in the browser.
import dynamic from "next/dynamic";

const Sandbox = dynamic(() => import("./sandbox"), { ssr: false, loading: () => <p>Loading the editor and the simulator…</p> });

export function SandboxLoader() {
  return <Sandbox />;
}
