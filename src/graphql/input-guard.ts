// Bad input is the client's mistake, answered as one: every way into the pipeline (HTTP,
// SSE, graphql-ws, the legacy layer) passes these checks before a resolver runs, so text
// PostgreSQL cannot store and cursors Prisma cannot read never become internal errors.
//
// - `variables` / `extensions` that are not JSON in a GET or form request: 400 (yoga's GET
//   parser calls JSON.parse unguarded and the SyntaxError surfaced as INTERNAL).
// - NUL characters and unpaired surrogates in variables or string literals: PostgreSQL
//   refuses both in text columns (and in a JSON value), some of them before authentication.
// - `after` / `before` of a connection that is not a cursor this API handed out.
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { hasUnstorableText } from "../text.js";
import { isOurCursor } from "./ids.js";

const MAX_REPORTED = 10;

type Issue = { field: string; message: string };

function rejection(issues: Issue[]): GraphQLError {
  return new GraphQLError(issues.map((i) => `${i.field}: ${i.message}`).join("; "), {
    extensions: { code: "VALIDATION_ERROR", details: { fields: issues } },
  });
}

const UNSTORABLE = "must not contain NUL characters or unpaired UTF-16 surrogates";

/** Every string (and object key) in a JSON value that PostgreSQL could not store. */
function scanValue(value: unknown, path: string, issues: Issue[]) {
  if (issues.length >= MAX_REPORTED) return;
  if (typeof value === "string") {
    if (hasUnstorableText(value)) issues.push({ field: path, message: UNSTORABLE });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => scanValue(v, `${path}.${i}`, issues));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (hasUnstorableText(k)) issues.push({ field: path, message: `keys ${UNSTORABLE}` });
      else scanValue(v, `${path}.${k}`, issues);
    }
  }
}

/** A Relay connection type: the only fields whose `after`/`before` are cursors. */
const isConnection = (type: GraphQLNamedType) =>
  isObjectType(type) && "pageInfo" in type.getFields() && "edges" in type.getFields();

/** A cursor argument found in a document: its literal or variable value is checked per request. */
type CursorArg = { label: string; node: ArgumentNode; type: GraphQLInputType };

interface DocumentFacts {
  /** Problems that depend on the document alone (string literals). */
  issues: Issue[];
  cursorArgs: CursorArg[];
}

/**
 * What a document says for the guard, computed once per document: Yoga's parser cache
 * hands the same DocumentNode to every request with the same text, so the walk over it
 * (with type info) is not repeated on the hot path. Variables are still checked each time.
 */
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(schema: GraphQLSchema, document: DocumentNode): DocumentFacts {
  const known = documentFacts.get(document);
  if (known) return known;
  const facts: DocumentFacts = { issues: [], cursorArgs: [] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (facts.issues.length < MAX_REPORTED && hasUnstorableText(node.value)) facts.issues.push({ field: "query", message: `string literals ${UNSTORABLE}` });
      },
      Argument(node) {
        const name = node.name.value;
        const field = typeInfo.getFieldDef();
        const arg = typeInfo.getArgument();
        if ((name !== "after" && name !== "before") || !field || !arg || !isConnection(getNamedType(field.type))) return;
        facts.cursorArgs.push({ label: `${field.name}.${name}`, node, type: arg.type });
      },
    }),
  );
  documentFacts.set(document, facts);
  return facts;
}

/** The problems of one operation's input, before anything executes. */
export function inputIssues(args: Pick<ExecutionArgs, "schema" | "document" | "variableValues">): Issue[] {
  const issues: Issue[] = [];
  scanValue(args.variableValues ?? {}, "variables", issues);
  const facts = factsOf(args.schema, args.document);
  issues.push(...facts.issues.slice(0, MAX_REPORTED - Math.min(issues.length, MAX_REPORTED)));
  for (const { label, node, type } of facts.cursorArgs) {
    const value = valueFromAST(node.value, type, args.variableValues ?? undefined);
    if (typeof value === "string" && value !== "" && !isOurCursor(value)) {
      issues.push({ field: label, message: "not a cursor returned by this API" });
    }
  }
  return issues;
}

export const inputGuard: Plugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        throw createGraphQLError("`variables` and `extensions` must be JSON", {
          extensions: { http: { status: 400 }, code: "BAD_REQUEST" },
        });
      }
    });
  },
  onExecute({ args, setResultAndStopExecution }) {
    const issues = inputIssues(args);
    if (issues.length) setResultAndStopExecution({ errors: [rejection(issues)] });
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const issues = inputIssues(args);
    if (issues.length) setResultAndStopExecution({ errors: [rejection(issues)] });
  },
};
