// What a page of the console is. Each page is one file in views/ exporting a View, listed
// once in views/index.ts; the shell (app.tsx) builds the navigation and the routing from
// that list, so adding a page touches nothing else.
import type { FunctionComponent } from "preact";
import type { MeQuery } from "./gql/graphql.js";

export type Me = MeQuery["me"];

export interface ViewProps {
  /** Path parameters (`:id` of `/pool/proxies/:id`). */
  params: Record<string, string>;
  me: Me;
}

export interface View {
  /** Path pattern; `:name` segments become params. Must not start with a legacy REST prefix (/api, /proxies, /leases, ...). */
  path: string;
  /** Document title and heading. */
  title: string;
  /** Navigation label; pages without one (details) are reached by links. */
  nav?: string;
  /** Shown only to admins (the API refuses the rest anyway). */
  adminOnly?: boolean;
  component: FunctionComponent<ViewProps>;
}
