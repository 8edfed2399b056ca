// Everything from the repository is user data (titles, reasons, ids): escaped before it reaches HTML.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** An href for an outside address: only http(s), escaped; anything else is not linked. */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? esc(url) : undefined;
}
