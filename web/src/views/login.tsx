// The login form: the public `login` mutation, which sets the HttpOnly session cookie that
// every later request (HTTP and WebSocket) carries.
import { useMutation } from "@urql/preact";
import { useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import { ErrorNote, payloadError } from "../ui.js";

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload {
        expiresAt
      }
      ... on Error {
        message
      }
    }
  }
`);

export function LoginForm({ note, onSignedIn }: { note?: string; onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [{ fetching }, login] = useMutation(Login);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    const res = await login({ input: { email, password } });
    const refused = res.error ? res.error.message : payloadError(res.data?.login);
    if (refused) return setFailure(res.error ? (res.error.graphQLErrors[0]?.message ?? "Cannot reach the server.") : refused);
    onSignedIn();
  };
  return (
    <main class="login" id="main">
      <form onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">switchyard console</h1>
        {note ? <p class="note" role="status">{note}</p> : null}
        <label>
          Email
          <input type="email" name="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ErrorNote message={failure} />
        <button type="submit" disabled={fetching}>
          {fetching ? "Signing in…" : "Sign in"}
        </button>
        <p class="muted small">
          Developers: the GraphQL API and its explorer are at <a href="/graphql">/graphql</a>.
        </p>
      </form>
    </main>
  );
}
