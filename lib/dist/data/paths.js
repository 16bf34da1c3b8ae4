"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataFile = exports.dataDir = void 0;
/** Where the course's data files live: `LOSSLAB_DATA`, or the repository's `data/` folder. */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
function dataDir() {
    if (process.env.LOSSLAB_DATA)
        return process.env.LOSSLAB_DATA;
    // lib/src/data (jest) and lib/dist/data (built) are both three levels below the repository root
    return path.resolve(__dirname, "..", "..", "..", "data");
}
exports.dataDir = dataDir;
/** Absolute path of a file in the data folder, with a clear error when it is missing. */
function dataFile(name) {
    const file = path.join(dataDir(), name);
    if (!fs.existsSync(file)) {
        throw new Error(`losslab: data file '${name}' not found in ${dataDir()} (set LOSSLAB_DATA to the folder that holds it).`);
    }
    return file;
}
exports.dataFile = dataFile;
//# sourceMappingURL=paths.js.map