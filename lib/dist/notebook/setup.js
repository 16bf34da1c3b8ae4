"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setup = void 0;
/** The first cell of every notebook: pick the backend, say which, and start a fresh figure run. */
const select_backend_1 = require("../backend/select_backend");
const validation_1 = require("../validation");
const display_1 = require("./display");
const version_1 = require("../version");
/** The backends `setup` can be asked for (selectBackend's names). */
const BACKENDS = ["tensorflow", "wasm", "cpu"];
/**
 * Prepares a notebook run: selects the fastest TensorFlow.js backend (or `backend`), prints one
 * line naming it, and resets the figure state so the run's first figure carries plotly.js again.
 */
async function setup(opts = {}) {
    (0, validation_1.checkOptions)("setup", opts, ["backend?", "quiet?"]);
    if (opts.backend !== undefined)
        (0, validation_1.checkOneOf)("setup", "backend", opts.backend, BACKENDS);
    if (opts.quiet !== undefined)
        (0, validation_1.checkBoolean)("setup", "quiet", opts.quiet);
    (0, display_1.resetFigures)();
    const choice = await (0, select_backend_1.selectBackend)(opts.backend);
    if (!opts.quiet)
        console.log(`losslab ${version_1.VERSION} · ${choice.description}`);
    return choice;
}
exports.setup = setup;
//# sourceMappingURL=setup.js.map