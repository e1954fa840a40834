// Shared formatting for the instructor pages (UTC, so server and tests agree).
export const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const formatDate = (d: Date | null | undefined, empty = "—") => (d ? `${dateTime.format(d)} UTC` : empty);

export const pct = (x: number) => `${Math.round(x * 100)}%`;
