// One process per PGlite directory. PGlite takes no lock of its own: a second process on the
// same directory (a second server, or `npm run admin:create` beside a running server) writes
// files the first one overwrites, and what it wrote is lost. A lock file holding the owner's
// pid refuses the second process; a lock left by a dead pid is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { StartupError } from "../startup.js";

export const LOCK_FILE = "switchyard.lock";

export class DataDirInUseError extends StartupError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The PGlite data directory ${dataDir} is in use by process ${pid} (a running switchyard?). ` +
        "Stop that process first, or use another DATA_DIR; with DATABASE_URL (PostgreSQL) several processes may share a database.",
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** Takes the directory's lock or throws DataDirInUseError; returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        process.off("exit", release);
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      // A process that exits without closing the database (a crash, process.exit) still frees it.
      process.on("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let holder = NaN;
    try {
      holder = Number.parseInt(readFileSync(file, "utf8"), 10);
    } catch {
      continue; // removed meanwhile: try again
    }
    // An unreadable pid is a lock torn mid-write by a crash: as stale as a dead pid.
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw new DataDirInUseError(dataDir, holder);
    try {
      unlinkSync(file);
    } catch {
      /* another process took it over first: the next attempt sees its pid */
    }
  }
  throw new StartupError(`Could not take the lock ${file}: it keeps changing; is another switchyard starting on ${dataDir}?`);
}
