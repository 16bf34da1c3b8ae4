/**
 * Data files kept on this machine: finding them (an error naming the file and every place looked),
 * their SHA-256 (the key of a cache made from them), and the error type that names the file and the
 * entry inside an archive. Nothing is downloaded. (Omniglot's zips are decoded by
 * lib/course/scripts/omniglot_decode.js, with fflate and pngjs.)
 */
import * as crypto from "crypto";
import * as fs from "fs";

/**
 * A data file that is missing or cannot be read: names the loader (`fn`), the file, the entry inside
 * an archive when there is one, and every place that was looked in for a missing file.
 */
export class DataFileError extends Error {
  constructor(
    readonly fn: string,
    readonly file: string,
    message: string,
    readonly entry?: string,
    readonly looked: string[] = [],
  ) {
    super(`losslab.${fn}: ${message}`);
    this.name = "DataFileError";
  }
}

/** The first of `places` (folders) that holds `name`, or a DataFileError listing every place looked. */
export function findDataFile(fn: string, name: string, places: string[], hint: string): string {
  for (const dir of places) {
    const file = `${dir.replace(/\/+$/, "")}/${name}`;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  const list = places.map((p) => `'${p}'`).join(", ");
  throw new DataFileError(fn, name, `archive '${name}' not found; looked in ${list}. ${hint}`, undefined, places);
}

/** Hex SHA-256 of some bytes: the key of a cache made from them. */
export function sha256(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}
