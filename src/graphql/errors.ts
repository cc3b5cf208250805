// Domain errors as GraphQL types (errors plugin) and the masking of everything else.
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  InsufficientCreditsError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from "../errors.js";
import { builder } from "./builder.js";

export const ErrorCodeEnum = builder.enumType("ErrorCode", {
  values: [
    "NOT_FOUND",
    "VALIDATION_ERROR",
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "INSUFFICIENT_CREDITS",
    "RATE_LIMITED",
    "CONFLICT",
    "INTERNAL",
  ] as const,
});

const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "A domain error returned as data. `code` is stable; `message` is for people.",
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString("message"),
    details: t.field({ type: "JSON", resolve: (e) => e.details }),
  }),
});

const FieldIssueRef = builder.objectRef<{ field: string; message: string }>("FieldIssue").implement({
  fields: (t) => ({ field: t.exposeString("field"), message: t.exposeString("message") }),
});

function errorObject(cls: typeof NotFoundError | typeof UnauthenticatedError | typeof ForbiddenError | typeof ConflictError, name: string) {
  return builder.objectType(cls, {
    name,
    interfaces: [ErrorInterface],
    isTypeOf: (value: unknown) => value instanceof cls,
  });
}

errorObject(NotFoundError, "NotFoundError");
errorObject(UnauthenticatedError, "UnauthenticatedError");
errorObject(ForbiddenError, "ForbiddenError");
errorObject(ConflictError, "ConflictError");
builder.objectType(ValidationError, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof ValidationError,
  fields: (t) => ({ fields: t.field({ type: [FieldIssueRef], resolve: (e) => e.fields }) }),
});
builder.objectType(InsufficientCreditsError, {
  name: "InsufficientCreditsError",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof InsufficientCreditsError,
  fields: (t) => ({ required: t.exposeInt("required"), balance: t.exposeInt("balance") }),
});
builder.objectType(RateLimitedError, {
  name: "RateLimitedError",
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof RateLimitedError,
  fields: (t) => ({ retryAfter: t.exposeInt("retryAfter", { description: "Seconds until a retry can succeed" }) }),
});

/**
 * A mutation's `errors` option: its result union is the payload, ValidationError (the
 * builder's default) and the domain errors its service can raise, listed here.
 */
export const raises = (...types: (new (...args: never[]) => AppError)[]) => ({ types, directResult: true as const });

/** GraphQL extensions for an AppError, shared by masking and by the legacy layer. */
export function appErrorExtensions(err: AppError): Record<string, unknown> {
  const ext: Record<string, unknown> = { code: err.code, details: err.details };
  if (err instanceof RateLimitedError) {
    ext.retryAfter = err.retryAfter;
    if (err.limit) ext.rateLimit = { limit: err.limit, remaining: 0, reset: err.reset };
  }
  return ext;
}

/**
 * Yoga's maskError: domain errors keep their code and message, GraphQL's own errors
 * (syntax, validation, limits) pass through, anything else is masked and logged.
 */
export function createMaskError(logUnexpected: (err: unknown) => string | undefined) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof AppError) {
      return new GraphQLError(original.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: appErrorExtensions(original),
      });
    }
    // Pothos reports bad client input (ids, arguments) with its own class; it is not a fault.
    if (original instanceof PothosValidationError) {
      return new GraphQLError(original.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { code: "VALIDATION_ERROR", details: {} },
      });
    }
    // GraphQL's own errors (syntax, validation, variable coercion) are the client's doing.
    // Coercion errors wrap another GraphQLError as originalError, so check for that too.
    if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
      const code = (error.extensions?.code as string) ?? (error.path ? "GRAPHQL_VALIDATION_FAILED" : "BAD_USER_INPUT");
      return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code } });
    }
    const requestId = logUnexpected(original);
    return new GraphQLError(message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: "INTERNAL", requestId },
    });
  };
}
