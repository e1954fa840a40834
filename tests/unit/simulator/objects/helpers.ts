/* Shared helpers for the layout formula tests. */
import { resolveVersion, SUPPORTED_VERSIONS, type Profile } from "@/lib/simulator/versions";

/** Every minor version's profile, plus the oracle 3.13.0. */
export const PROFILES: Profile[] = [...SUPPORTED_VERSIONS.map((v) => resolveVersion(v)), resolveVersion("3.13.0")];

/** Profiles whose minor version satisfies `pred`. */
export function profiles(pred: (minor: number, p: Profile) => boolean): Profile[] {
  return PROFILES.filter((p) => pred(p.minor, p));
}
