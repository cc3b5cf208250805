// The ownership rules, case by case: owners and admins pass, everyone else is kept out.
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "./errors.js";
import type { Context } from "./graphql/context.js";
import { NOBODY, visibleTo } from "./graphql/ownership.js";
import { actingFor, isAdmin, ownerFilter, ownsOrAdmin, type Caller } from "./ownership.js";

const alice: Caller = { userId: "a0000000-0000-4000-8000-000000000001", role: "USER" };
const bob: Caller = { userId: "b0000000-0000-4000-8000-000000000002", role: "USER" };
const root: Caller = { userId: "c0000000-0000-4000-8000-000000000003", role: "ADMIN" };
const ROW = "d0000000-0000-4000-8000-000000000004";

const ctx = (caller: Caller | null) => ({ principal: caller && { ...caller, email: "x@y", tier: "FREE", via: "api_key" } }) as Context;

describe("ownership rules", () => {
  it("lets owners and admins change a row, and nobody but admins an ownerless one", () => {
    expect([ownsOrAdmin(alice, alice.userId), ownsOrAdmin(bob, alice.userId), ownsOrAdmin(root, alice.userId)]).toEqual([true, false, true]);
    expect([ownsOrAdmin(alice, null), ownsOrAdmin(root, null)]).toEqual([false, true]);
    expect([isAdmin(root), isAdmin(alice), isAdmin(null)]).toEqual([true, false, false]);
  });

  it("filters lists to the caller's rows unless the caller is an admin", () => {
    expect(ownerFilter(alice)).toEqual({ userId: alice.userId });
    expect(ownerFilter(root)).toEqual({});
  });

  it("lets a caller act for itself, and for another user only as an admin", () => {
    expect(actingFor(alice, null, "credits")).toBe(alice.userId);
    expect(actingFor(alice, alice.userId, "credits")).toBe(alice.userId);
    expect(actingFor(root, bob.userId, "credits")).toBe(bob.userId);
    expect(() => actingFor(alice, bob.userId, "credits")).toThrow(new ForbiddenError("You may only watch your own credits"));
  });

  it("loads nodes by visibility, and anonymous callers or malformed ids match nothing", () => {
    const none = { id: NOBODY };
    expect([null, alice, root].map((c) => visibleTo("signedIn")(ROW, ctx(c)))).toEqual([none, { id: ROW }, { id: ROW }]);
    expect([null, alice, root].map((c) => visibleTo("owner")(ROW, ctx(c)))).toEqual([none, { id: ROW, userId: alice.userId }, { id: ROW }]);
    expect([null, alice, bob, root].map((c) => visibleTo("self")(alice.userId, ctx(c)))).toEqual([none, { id: alice.userId }, none, { id: alice.userId }]);
    expect([null, alice, root].map((c) => visibleTo("admin")(ROW, ctx(c)))).toEqual([none, none, { id: ROW }]);
    expect(visibleTo("signedIn")("not-a-uuid", ctx(root))).toEqual(none);
  });
});
