// GraphiQL, served from the installed @graphql-yoga/render-graphiql package: its script,
// styles, editor workers and icon are inlined into the page, so the page needs nothing
// but this server (yoga's default page loads them from a CDN and stays blank offline).
import type { GraphiQLOptions } from "graphql-yoga";

/** What a newcomer sees in the editor until they write their own. */
export const DEFAULT_QUERY = `# Welcome to switchyard. Press ▶ (or Ctrl-Enter) to
# run the query at the bottom. Then, step by step:
#
# 1. Create an account: paste the lines below into a
#    new tab (+ above), uncomment them (Ctrl-/), fill
#    in and run. The answer holds your first API key,
#    shown only once.
#      mutation { register(input: {
#        email: "you@example.com", password: "8+ chars"
#      }) { __typename ... on RegisterPayload {
#        apiKey { key } } ... on Error { message } } }
#
# 2. Log in; this page then stays signed in (cookie).
#      mutation { login(input: {
#        email: "you@example.com", password: "..."
#      }) { __typename ... on Error { message } } }
#
# 3. Scripts send the key (or login's \`token\`) in a
#    header instead. Try it under Headers below:
#      { "Authorization": "Bearer pp_..." }
#
# 4. Ask who you are: { me { email credits } }
#    Docs (top-left icon) lists every operation.
query FirstLook {
  health {
    healthy
  }
}
`;

/**
 * The page is the same for every request of a process, and building it joins several
 * megabytes of script: build it once per set of options. The package itself is loaded on the
 * first page asked for: parsing those megabytes is a large part of start-up otherwise, and
 * most nodes never serve the page.
 */
export function createGraphiQLRenderer(): (options: GraphiQLOptions) => Promise<string> {
  const pages = new Map<string, string>();
  let renderer: Promise<typeof import("@graphql-yoga/render-graphiql")> | undefined;
  return async (options) => {
    const key = JSON.stringify(options);
    let page = pages.get(key);
    if (page === undefined) {
      const { renderGraphiQL } = await (renderer ??= import("@graphql-yoga/render-graphiql"));
      page = renderGraphiQL(options);
      pages.set(key, page);
    }
    return page;
  };
}
