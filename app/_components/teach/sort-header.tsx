// A table header cell whose label is a link that sorts by its column (server-side, so it works
// without JavaScript); the active column carries aria-sort.
import Link from "next/link";
import styles from "./teach.module.css";

export function SortHeader({ label, column, current, dir, hrefFor, numeric }: {
  label: string;
  column: string;
  current: string;
  dir: "asc" | "desc";
  hrefFor: (sort: string, dir: "asc" | "desc") => string;
  numeric?: boolean;
}) {
  const active = current === column;
  const next = active && dir === "asc" ? "desc" : active ? "asc" : numeric ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={numeric ? styles.num : undefined}>
      <Link className={styles.sortLink} href={hrefFor(column, next)} data-testid={`sort-${column}`}>
        {label}
        {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}
