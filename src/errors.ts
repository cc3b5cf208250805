// Domain errors with stable codes. Services throw these; GraphQL exposes them through the
// errors plugin (src/graphql/errors.ts) and the legacy layer maps the same codes to each
// old API's status codes and envelopes. Nothing here imports GraphQL.

export type ErrorCode =
  | "NOT_FOUND"
  | "VALIDATION_ERROR"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INSUFFICIENT_CREDITS"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "INTERNAL";

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(resource: string, id?: string) {
    super("NOT_FOUND", `${resource} not found`, id === undefined ? { resource } : { resource, id });
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super("VALIDATION_ERROR", message, fields.length ? { fields } : {});
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Authentication required", details: ErrorDetails = {}) {
    super("UNAUTHENTICATED", message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Insufficient permissions") {
    super("FORBIDDEN", message);
  }
}

export class InsufficientCreditsError extends AppError {
  constructor(
    readonly required: number,
    readonly balance: number,
    action = "do this",
  ) {
    super(
      "INSUFFICIENT_CREDITS",
      // Say how to get credits: a new user with the default SIGNUP_CREDITS=0 has no other clue.
      `You need at least ${required} credit${required === 1 ? "" : "s"} to ${action}. Current balance: ${balance}. ` +
        "Credits are granted by an admin (the grantCredits mutation); new accounts start with SIGNUP_CREDITS.",
      { required, balance },
    );
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message: string,
    /** Seconds until a retry can succeed. */
    readonly retryAfter: number,
    readonly limit?: number,
    /** Unix seconds at which the window resets. */
    readonly reset?: number,
  ) {
    super("RATE_LIMITED", message, { retry_after: retryAfter, ...(limit ? { limit } : {}) });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: ErrorDetails = {}) {
    super("CONFLICT", message, details);
  }
}
