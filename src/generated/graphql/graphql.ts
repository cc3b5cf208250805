/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** PP: `pp_` + 48 characters (proxy pool clients). PROBEOPS: `probeops.` + 48 characters. */
export type ApiKeyFormat =
  | 'PP'
  | 'PROBEOPS';

export type CheckState =
  | 'error'
  | 'not_configured'
  | 'ok';

export type CreateApiKeyInput = {
  format?: ApiKeyFormat;
  label?: string;
};

export type CreditTxType =
  | 'ACQUIRE'
  | 'ADJUSTMENT'
  | 'PURCHASE'
  | 'REFUND'
  | 'SIGNUP';

export type ErrorCode =
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INSUFFICIENT_CREDITS'
  | 'INTERNAL'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_ERROR';

export type LoginInput = {
  email: string;
  password: string;
};

export type RegisterInput = {
  apiKeyFormat?: ApiKeyFormat;
  apiKeyLabel?: string;
  /** Also create and return a first API key */
  createApiKey?: boolean;
  displayName?: string | null | undefined;
  email: string;
  password?: string | null | undefined;
  username?: string | null | undefined;
};

export type RevokeApiKeyInput = {
  /** Global id */
  id?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  legacyId?: number | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'USER';

export type SetUserRoleInput = {
  role: Role;
  /** Global id of the user */
  userId?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  userLegacyId?: number | null | undefined;
};

export type SetUserTierInput = {
  tier: Tier;
  /** Global id of the user */
  userId?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  userLegacyId?: number | null | undefined;
};

export type Tier =
  | 'ENTERPRISE'
  | 'FREE'
  | 'STANDARD';

export type Legacy002RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type Legacy002RegisterMutation = { register:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'RegisterPayload', user: { id: string, email: string, displayName: string }, apiKey: { key: string, apiKey: { id: string, prefix: string, label: string } } | null }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Legacy002CreateKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'CreatedApiKey', key: string, apiKey: { id: string, prefix: string, label: string, createdAt: string } }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002KeysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type Legacy002KeysQuery = { me: { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, prefix: string, keyPreview: string, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }> } } };

export type Legacy002RevokeKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type Legacy002RevokeKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002AccountQuery = { me: { id: string, email: string, displayName: string, role: Role, tier: Tier, credits: number, createdAt: string } };

export type Legacy002CreditsQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002CreditsQuery = { me: { credits: number, transactions: { edges: Array<{ node: { amount: number, txType: CreditTxType, description: string, createdAt: string } }> } } };

export type Legacy003RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type Legacy003RegisterMutation = { register:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'RegisterPayload', user: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type Legacy003LoginMutation = { login:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'LoginPayload', token: string, user: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003MeQuery = { me: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } };

export type Legacy003KeysQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003KeysQuery = { me: { apiKeys: { edges: Array<{ node: { legacyId: number, keyPreview: string, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }> } } };

export type Legacy003CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Legacy003CreateKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'CreatedApiKey', key: string, apiKey: { legacyId: number, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003DeleteKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type Legacy003DeleteKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', legacyId: number }
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003AdminUsersQuery = { users: { edges: Array<{ node: { legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean, createdAt: string, apiKeyCount: number } }> } };

export type Legacy003SetRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;


export type Legacy003SetRoleMutation = { setUserRole:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'User', legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003SetTierMutationVariables = Exact<{
  input: SetUserTierInput;
}>;


export type Legacy003SetTierMutation = { setUserTier:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'User', legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy004TokenMutationVariables = Exact<{
  input: LoginInput;
}>;


export type Legacy004TokenMutation = { login:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'LoginPayload', token: string, tokenType: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy004MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy004MeQuery = { me: { legacyId: number, email: string, displayName: string, role: Role } };

export type LegacyApiHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyApiHealthQuery = { health: { healthy: boolean, timestamp: string, version: string, authEnabled: boolean } };

export type LegacyHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyHealthQuery = { health: { healthy: boolean, timestamp: string, version: string, uptimeSeconds: number, database: CheckState, redis: CheckState, diskSpace: CheckState, memory: CheckState } };

export type LegacyHealthzQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyHealthzQuery = { health: { healthy: boolean } };

export type LegacyReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyReadyQuery = { health: { ready: boolean, databaseKind: string, database: CheckState, redis: CheckState } };


export const Legacy002RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002RegisterMutation, Legacy002RegisterMutationVariables>;
export const Legacy002CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002CreateKeyMutation, Legacy002CreateKeyMutationVariables>;
export const Legacy002KeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Keys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"keyPreview"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002KeysQuery, Legacy002KeysQueryVariables>;
export const Legacy002RevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002RevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002RevokeKeyMutation, Legacy002RevokeKeyMutationVariables>;
export const Legacy002AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<Legacy002AccountQuery, Legacy002AccountQueryVariables>;
export const Legacy002CreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"txType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002CreditsQuery, Legacy002CreditsQueryVariables>;
export const Legacy003RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003RegisterMutation, Legacy003RegisterMutationVariables>;
export const Legacy003LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003LoginMutation, Legacy003LoginMutationVariables>;
export const Legacy003MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<Legacy003MeQuery, Legacy003MeQueryVariables>;
export const Legacy003KeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003Keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"keyPreview"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003KeysQuery, Legacy003KeysQueryVariables>;
export const Legacy003CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003CreateKeyMutation, Legacy003CreateKeyMutationVariables>;
export const Legacy003DeleteKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003DeleteKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003DeleteKeyMutation, Legacy003DeleteKeyMutationVariables>;
export const Legacy003AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003AdminUsersQuery, Legacy003AdminUsersQueryVariables>;
export const Legacy003SetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003SetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003SetRoleMutation, Legacy003SetRoleMutationVariables>;
export const Legacy003SetTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003SetTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003SetTierMutation, Legacy003SetTierMutationVariables>;
export const Legacy004TokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy004Token"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy004TokenMutation, Legacy004TokenMutationVariables>;
export const Legacy004MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy004Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Legacy004MeQuery, Legacy004MeQueryVariables>;
export const LegacyApiHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyApiHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authEnabled"}}]}}]}}]} as unknown as DocumentNode<LegacyApiHealthQuery, LegacyApiHealthQueryVariables>;
export const LegacyHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"redis"}},{"kind":"Field","name":{"kind":"Name","value":"diskSpace"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}}]} as unknown as DocumentNode<LegacyHealthQuery, LegacyHealthQueryVariables>;
export const LegacyHealthzDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyHealthz"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<LegacyHealthzQuery, LegacyHealthzQueryVariables>;
export const LegacyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyReady"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"databaseKind"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"redis"}}]}}]}}]} as unknown as DocumentNode<LegacyReadyQuery, LegacyReadyQueryVariables>;