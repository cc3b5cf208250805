// Access tokens: HS256 JWTs naming their login session, so revoking the session revokes
// the token. The secret is JWT_SECRET or, when unset, generated once and stored in the
// database so every node of a cluster shares it.
import { randomBytes } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import type { Db } from "../../db.js";
import { UUID } from "../../graphql/ids.js";

import type { TokenSigner } from "../../graphql/context.js";

export type Tokens = TokenSigner;

export async function loadJwtSecret(prisma: Db, configured?: string): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  const candidate = randomBytes(48).toString("base64url");
  // INSERT ... ON CONFLICT DO NOTHING: nodes starting at once all keep the first value.
  await prisma.setting.createMany({ data: [{ key: "jwt_secret", value: candidate }], skipDuplicates: true });
  const row = await prisma.setting.findUniqueOrThrow({ where: { key: "jwt_secret" } });
  return new TextEncoder().encode(row.value);
}

export function createTokens(secret: Uint8Array): Tokens {
  return {
    async sign({ userId, sessionId }, ttlSeconds) {
      return new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(userId)
        .setIssuedAt()
        .setIssuer("switchyard")
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(secret);
    },
    async verify(token) {
      try {
        // A token without `exp` would never lapse; ids that are not UUIDs would fail inside
        // PostgreSQL (an internal error) instead of being refused as invalid credentials.
        const { payload } = await jwtVerify(token, secret, { issuer: "switchyard", algorithms: ["HS256"], requiredClaims: ["exp", "sub", "sid"] });
        if (typeof payload.sub !== "string" || typeof payload.sid !== "string") return null;
        if (!UUID.test(payload.sub) || !UUID.test(payload.sid)) return null;
        return { userId: payload.sub, sessionId: payload.sid };
      } catch {
        return null;
      }
    },
  };
}
