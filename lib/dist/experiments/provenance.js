"use strict";
/** What every saved result says about where it came from, and the options that fill it in. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.provenance = exports.PROVENANCE_OPTION_NAMES = void 0;
exports.PROVENANCE_OPTION_NAMES = ["command?", "backend?", "losslabVersion?"];
/** The provenance of a run that started at `start` (process.hrtime.bigint()). */
function provenance(options, defaultCommand, start) {
    return {
        command: options.command ?? defaultCommand,
        backend: options.backend ?? "",
        losslabVersion: options.losslabVersion ?? "",
        seconds: Number(process.hrtime.bigint() - start) / 1e9,
        date: new Date().toISOString(),
    };
}
exports.provenance = provenance;
//# sourceMappingURL=provenance.js.map