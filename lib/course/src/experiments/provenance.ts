/** What every saved result says about where it came from, and the options that fill it in. */

/** Written into saved results by the script that makes them. */
export interface ProvenanceOptions {
  /** The command that made the results, e.g. "npm run experiment:open-set". */
  command?: string;
  /** The backend's description (`selectBackend().description`). @default "" */
  backend?: string;
  /** losslab's version. @default "" */
  losslabVersion?: string;
  /** The git commit the code came from, "-dirty" appended when tracked files differed from it. */
  commit?: string;
}

export interface Provenance {
  command: string;
  backend: string;
  losslabVersion: string;
  /** The git commit (results made before this field existed lack it). */
  commit?: string;
  /** Wall-clock seconds of the whole run. */
  seconds: number;
  /** When the results were made (ISO 8601). */
  date: string;
}

export const PROVENANCE_OPTION_NAMES = ["command?", "backend?", "losslabVersion?", "commit?"] as const;

/** The provenance of a run that started at `start` (process.hrtime.bigint()). */
export function provenance(options: ProvenanceOptions, defaultCommand: string, start: bigint): Provenance {
  return {
    command: options.command ?? defaultCommand,
    backend: options.backend ?? "",
    losslabVersion: options.losslabVersion ?? "",
    ...(options.commit !== undefined ? { commit: options.commit } : {}),
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    date: new Date().toISOString(),
  };
}
