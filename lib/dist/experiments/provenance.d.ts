/** What every saved result says about where it came from, and the options that fill it in. */
/** Written into saved results by the script that makes them. */
export interface ProvenanceOptions {
    /** The command that made the results, e.g. "npm run experiment:open-set". */
    command?: string;
    /** The backend's description (`selectBackend().description`). @default "" */
    backend?: string;
    /** losslab's version. @default "" */
    losslabVersion?: string;
}
export interface Provenance {
    command: string;
    backend: string;
    losslabVersion: string;
    /** Wall-clock seconds of the whole run. */
    seconds: number;
    /** When the results were made (ISO 8601). */
    date: string;
}
export declare const PROVENANCE_OPTION_NAMES: readonly ["command?", "backend?", "losslabVersion?"];
/** The provenance of a run that started at `start` (process.hrtime.bigint()). */
export declare function provenance(options: ProvenanceOptions, defaultCommand: string, start: bigint): Provenance;
//# sourceMappingURL=provenance.d.ts.map