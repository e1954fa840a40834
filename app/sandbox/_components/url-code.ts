// The sandbox keeps its code in the URL fragment (#code=…): deflate-raw, then base64url, so a link
// shares the program and nothing is sent to the server.

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodeCode(source: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(source), new CompressionStream("deflate-raw")));
}

export async function decodeCode(encoded: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw")));
  } catch {
    return null;
  }
}
