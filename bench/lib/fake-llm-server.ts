// Child process: the gateway bench's upstream, the same fake OpenAI + Anthropic server the
// gateway tests use (test/fake-llm.ts), in a process of its own so switchyard's CPU figures
// are switchyard's alone.
import { startFakeLlm } from "../../test/fake-llm.js";
import { runAsBenchServer } from "./bench-server.js";

await runAsBenchServer(async () => {
  const fake = await startFakeLlm();
  // The fake keeps every request for the tests' assertions; a bench sends hundreds of
  // thousands, so forget them as they come instead of growing without bound.
  const forget = setInterval(() => (fake.requests.length = 0), 500);
  return {
    url: fake.url,
    async stop() {
      clearInterval(forget);
      await fake.close();
    },
  };
});
