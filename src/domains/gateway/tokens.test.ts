import { describe, expect, it } from "vitest";
import { countText, openaiChatInputTokens } from "./tokens.js";

describe("openaiChatInputTokens", () => {
  // The chat format's count: 3 per reply, and per message 4 plus its role and its content.
  const byHand = (model: string, messages: { role: unknown; content: string }[]) =>
    3 + messages.reduce((n, m) => n + 4 + countText(model, typeof m.role === "string" ? m.role : JSON.stringify(m.role)) + countText(model, m.content), 0);

  it("counts every role as the tokenizer does, in both encodings, however often it is asked", () => {
    const messages = ["system", "developer", "user", "assistant", "tool", "function", "narrator", { odd: "role" }].map((role) => ({
      role,
      content: `A message from ${JSON.stringify(role)}.`,
    }));
    for (const model of ["gpt-4o-mini", "gpt-4", "gpt-3.5-turbo", "o3-mini"]) {
      for (let i = 0; i < 2; i++) expect(openaiChatInputTokens({ model, messages }), model).toBe(byHand(model, messages));
    }
  });
});
