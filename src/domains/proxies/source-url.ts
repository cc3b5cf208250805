// What a source URL shows to people who do not manage the source. Sources are the shared
// pool, but their URLs often carry the provider account's credentials (`user:pass@`,
// `?api_key=`), which only the creator and admins may read. Every query value is hidden,
// not only well-known names: a provider's `?k=` is as secret as `?api_key=`.
export const REDACTED = "***";

export function redactSourceUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Stored URLs were validated on write; should one not parse, show nothing of it.
    return REDACTED;
  }
  if (url.username) url.username = REDACTED;
  if (url.password) url.password = REDACTED;
  if (url.search) {
    const names = [...url.searchParams.keys()];
    url.search = names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join("&");
  }
  // A fragment never reaches the provider but may still hold a token pasted with the URL.
  if (url.hash) url.hash = REDACTED;
  return url.toString();
}
