// The caller's IP address for per-IP rate limiting.
//
// Behind a reverse proxy, the proxy must set X-Forwarded-For (or X-Real-IP); Next's own server
// fills X-Forwarded-For with the socket address when a request arrives directly. A client can put
// anything in these headers when nothing in front overwrites them, which is why the per-account
// limit does not depend on them.
type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  const ip = first || header(headers, "x-real-ip")?.trim();
  return ip ? ip.replace(/^::ffff:/, "").slice(0, 64) : "unknown";
}
