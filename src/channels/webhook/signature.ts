// The payload signature, in GitHub's webhook convention: HMAC-SHA256 of the exact bytes sent, hex,
// prefixed "sha256=". Receivers compute the same over the raw body they got and compare in constant time.
import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "X-Loopcast-Signature";

export function signatureOf(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}
