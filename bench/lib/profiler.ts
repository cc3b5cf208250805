// CPU profiles of a bench server's measured period (BENCH_PROFILE_DIR), through the
// inspector in the server process itself: `--cpu-prof` would mix start-up into them.
import { writeFile, mkdir } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import path from "node:path";

export class Profiler {
  private session?: Session;

  constructor(private readonly dir: string | undefined) {}

  async start(_label: string): Promise<string | null> {
    if (!this.dir) return null;
    this.session = new Session();
    this.session.connect();
    await this.session.post("Profiler.enable");
    await this.session.post("Profiler.start");
    return null;
  }

  async stop(label: string): Promise<string | null> {
    if (!this.dir || !this.session) return null;
    const { profile } = await this.session.post("Profiler.stop");
    this.session.disconnect();
    this.session = undefined;
    await mkdir(this.dir, { recursive: true });
    const file = path.resolve(this.dir, `${label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}-${process.pid}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return file;
  }
}
