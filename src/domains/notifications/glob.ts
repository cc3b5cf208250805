// Event subscriptions are globs over dotted event names ("credits.*", "proxy.*", "*").
// picomatch treats "/" as the only separator, so "*" spans dots and "credits.*" matches
// "credits.low" but not "creditsX"; one compiled matcher per glob is cached.
import picomatch from "picomatch";
import { memo } from "../../memo.js";

// Globs come from admins; the memo is bounded anyway.
const matcher = memo((glob) => picomatch(glob, { dot: true, nocase: false }), 1_000);

export function eventMatches(event: string, glob: string): boolean {
  return matcher(glob)(event);
}

export const subscribes = (event: string, globs: readonly string[]) => globs.some((g) => eventMatches(event, g));
