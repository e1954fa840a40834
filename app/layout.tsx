import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/app/_components/site-header";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "Bytewise", template: "%s · Bytewise" },
  description: "Predict what sys.getsizeof prints and learn how CPython spends memory, graded for every Python version.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en">
      <body>
        <SiteHeader viewer={viewer} />
        <main>{children}</main>
      </body>
    </html>
  );
}
