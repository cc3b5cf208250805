import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords.js";

describe("passwords", () => {
  it("stores scrypt with its parameters and a random salt", async () => {
    const a = await hashPassword("correct-horse-1");
    const b = await hashPassword("correct-horse-1");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain("correct-horse-1");
    // Same password, different salt: equal hashes would reveal shared passwords.
    expect(a).not.toBe(b);
  });

  it("accepts the right password and refuses others", async () => {
    const stored = await hashPassword("correct-horse-1");
    expect(await verifyPassword("correct-horse-1", stored)).toBe(true);
    expect(await verifyPassword("correct-horse-2", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
    expect(await verifyPassword("CORRECT-HORSE-1", stored)).toBe(false);
  });

  it("handles unicode passwords", async () => {
    const stored = await hashPassword("pässwörd-🔑-longer");
    expect(await verifyPassword("pässwörd-🔑-longer", stored)).toBe(true);
    expect(await verifyPassword("passwörd-🔑-longer", stored)).toBe(false);
  });

  it("refuses when there is no stored hash (accounts without a password)", async () => {
    expect(await verifyPassword("anything-at-all", null)).toBe(false);
  });

  it("refuses hashes of another scheme or a damaged hash", async () => {
    expect(await verifyPassword("x", "bcrypt$2b$10$abc")).toBe(false);
    expect(await verifyPassword("x", "scrypt$16384$8$1$$")).toBe(false);
    expect(await verifyPassword("x", "")).toBe(false);
  });

  it("verifies hashes made with other cost parameters (the cost can be raised later)", async () => {
    const stored = await hashPassword("correct-horse-1");
    const [, , , , salt] = stored.split("$");
    const { scryptSync } = await import("node:crypto");
    const key = scryptSync("correct-horse-1", Buffer.from(salt, "base64"), 32, { N: 1024, r: 8, p: 1 });
    const cheaper = `scrypt$1024$8$1$${salt}$${key.toString("base64")}`;
    expect(await verifyPassword("correct-horse-1", cheaper)).toBe(true);
    expect(await verifyPassword("correct-horse-2", cheaper)).toBe(false);
  });
});
