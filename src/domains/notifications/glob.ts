// Event subscriptions are globs over dotted event names ("credits.*", "proxy.*", "*").
// picomatch treats "/" as the only separator, so "*" spans dots and "credits.*" matches
// "credits.low" but not "creditsX"; one compiled matcher per glob is cached.
import picomatch from "picomatch";

const cache = new Map<string, (s: string) => boolean>();

export function eventMatches(event: string, glob: string): boolean {
  let m = cache.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true, nocase: false });
    if (cache.size > 1000) cache.clear(); // globs come from admins; bound the cache anyway
    cache.set(glob, m);
  }
  return m(event);
}

export const subscribes = (event: string, globs: readonly string[]) => globs.some((g) => eventMatches(event, g));
