// Only same-site paths are accepted as the place to go after signing in (no open redirects).
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/exercises"): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return fallback;
  return url;
}
