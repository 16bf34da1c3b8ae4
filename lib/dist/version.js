"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = void 0;
/** The library version, kept equal to lib/package.json by a test. */
exports.VERSION = "0.1.0";
//# sourceMappingURL=version.js.map