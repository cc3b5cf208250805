// Every page of the console, in navigation order. A new page is one file in this folder
// exporting a `View` (view.ts) plus its line here; app.tsx builds the navigation, the routes
// and the page titles from this list. Paths must stay clear of the legacy REST prefixes
// (/api, /auth, /account, /proxies, /sources, /stats, /leases, /proxy): the server answers
// those with JSON, never with the console.
import type { View } from "../view.js";
import { clusterView } from "./cluster.js";
import { leasesView } from "./leases.js";
import { poolView } from "./pool.js";
import { probesView } from "./probes.js";
import { proxyView } from "./proxy.js";
import { sessionsView } from "./sessions.js";
import { sourcesView } from "./sources.js";
import { spendView } from "./spend.js";

export const views: View[] = [poolView, proxyView, sourcesView, leasesView, sessionsView, probesView, spendView, clusterView];
