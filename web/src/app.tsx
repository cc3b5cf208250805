// The shell: who is signed in, the navigation built from views/index.ts, and the page for the
// current path. An operation refused for its credentials (expired or revoked login) anywhere
// brings back the login form, with a note saying why.
import { Provider, useClient, useQuery } from "@urql/preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createApiClient, isUnauthenticated, type ApiClient } from "./client.js";
import { graphql } from "./gql/index.js";
import { Link, matchPath, navigate, usePath } from "./router.js";
import { ErrorNote, Loading } from "./ui.js";
import type { Me } from "./view.js";
import { LoginForm } from "./views/login.js";
import { views } from "./views/index.js";

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      credits
    }
  }
`);

const LogoutSessions = graphql(`
  query LogoutSessions {
    me {
      loginSessions(first: 100) {
        edges {
          node {
            id
            current
          }
        }
      }
    }
  }
`);

const RevokeSession = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeLoginSession(input: { id: $id }) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export function App() {
  const [expired, setExpired] = useState(false);
  // Only a refusal after a successful sign-in means "expired"; before it, it means "not signed in".
  const signedIn = useRef(false);
  const onRefused = () => void (signedIn.current && setExpired(true));
  // A new client per sign-in: its WebSocket opens with the cookie of that login.
  const [api, setApi] = useState<ApiClient>(() => createApiClient(onRefused));
  const restart = () => {
    api.dispose();
    signedIn.current = false;
    setApi(createApiClient(onRefused));
  };
  useEffect(() => () => api.dispose(), [api]);
  return (
    <Provider value={api.client}>
      <Session
        key={api.client}
        expired={expired}
        onMe={() => void (signedIn.current = true)}
        onSignedIn={() => {
          setExpired(false);
          restart();
        }}
        onSignedOut={restart}
      />
    </Provider>
  );
}

interface SessionProps {
  expired: boolean;
  onMe: () => void;
  onSignedIn: () => void;
  onSignedOut: () => void;
}

function Session({ expired, onMe, onSignedIn, onSignedOut }: SessionProps) {
  const [{ data, error, fetching }] = useQuery({ query: MeDocument, requestPolicy: "network-only" });
  const me = data?.me;
  useEffect(() => void (me && onMe()), [me]);
  if (fetching && !me) return <Loading />;
  if (!me || expired || isUnauthenticated(error)) {
    const note = expired ? "Your login has expired or was revoked. Sign in again." : undefined;
    return (
      <>
        {error && !isUnauthenticated(error) ? <ErrorNote error={error} /> : null}
        <LoginForm note={note} onSignedIn={onSignedIn} />
      </>
    );
  }
  return <Shell me={me} onSignedOut={onSignedOut} />;
}

function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const path = usePath();
  const visible = useMemo(() => views.filter((v) => !v.adminOnly || me.role === "ADMIN"), [me.role]);
  // `/` (and `/login` after signing in) open the first page of the navigation.
  useEffect(() => {
    if (path === "/" || path === "/login") navigate(visible.find((v) => v.nav)!.path, true);
  }, [path, visible]);
  // Every view is matched, so an admin page reached by a non-admin (an old link, a demotion)
  // says why it is not shown instead of "not found".
  const match = views.map((v) => ({ view: v, params: matchPath(v.path, path) })).find((m) => m.params);
  const refused = !!match && !visible.includes(match.view);
  useEffect(() => {
    document.title = `${refused ? "Administrators only" : (match?.view.title ?? "Not found")} · switchyard`;
  }, [match?.view, refused]);
  const Page = refused ? undefined : match?.view.component;
  // The navigation entry this page belongs to: the longest nav path the current path starts with.
  const section = visible
    .filter((v) => v.nav && (path === v.path || path.startsWith(`${v.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <div class="shell">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">switchyard</span>
        <nav aria-label="Views">
          {visible
            .filter((v) => v.nav)
            .map((v) => (
              <Link key={v.path} href={v.path} aria-current={v === section ? "page" : undefined}>
                {v.nav}
              </Link>
            ))}
        </nav>
        <span class="who">
          <span title={me.email}>{me.displayName || me.email}</span>
          <LogoutButton onSignedOut={onSignedOut} />
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {Page ? (
          <>
            <h1>{match!.view.title}</h1>
            <Page params={match!.params!} me={me} />
          </>
        ) : refused ? (
          <>
            <h1>Administrators only</h1>
            <p class="note" role="alert" data-testid="admin-only">
              The {match!.view.title} page is for administrators, and you are signed in as {me.email}, who is not one. Ask an
              administrator for access, or <Link href="/">go to the console's start page</Link>.
            </p>
          </>
        ) : path === "/" || path === "/login" ? null : (
          <>
            <h1>Page not found</h1>
            <p>
              There is no page at <code>{path}</code>. <Link href="/">Go to the console's start page</Link>.
            </p>
          </>
        )}
      </main>
    </div>
  );
}

function LogoutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const logout = async () => {
    const sessions = await client.query(LogoutSessions, {}, { requestPolicy: "network-only" }).toPromise();
    const current = sessions.data?.me.loginSessions.edges.find((e) => e.node.current)?.node.id;
    // Signed in by API key (no login session): nothing to end but the page.
    if (current) {
      const res = await client.mutation(RevokeSession, { id: current }).toPromise();
      const failed = res.error?.message ?? (res.data?.revokeLoginSession && "message" in res.data.revokeLoginSession ? res.data.revokeLoginSession.message : null);
      if (failed) return setError(failed);
    }
    onSignedOut();
  };
  return (
    <>
      <button type="button" class="link" onClick={logout}>
        Sign out
      </button>
      {error ? <span class="error" role="alert">{error}</span> : null}
    </>
  );
}
