// PGlite behind Prisma's driver-adapter interface, for the CLI (prisma.config.ts).
// The CLI never exits while a PGlite instance is open, so the instance is created lazily
// in connect() and closed in dispose() (stack-notes).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

export function pgliteAdapterFactory(dataDir: string) {
  let db: PGlite | undefined;
  const open = () => (db ??= new PGlite({ dataDir }));
  return {
    provider: "postgres" as const,
    adapterName: "pglite-lazy",
    async connect() {
      const adapter = await new PrismaPGlite(open()).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await db?.close();
        db = undefined;
      };
      return adapter;
    },
    connectToShadowDb() {
      return new PrismaPGlite(new PGlite()).connectToShadowDb();
    },
  };
}
