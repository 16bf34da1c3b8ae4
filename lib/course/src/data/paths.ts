/** Where the course's data files live: `LOSSLAB_DATA`, or the repository's `data/` folder. */
import * as fs from "fs";
import * as path from "path";

export function dataDir(): string {
  if (process.env.LOSSLAB_DATA) return process.env.LOSSLAB_DATA;
  // lib/course/src/data (jest) and lib/course/dist/data (built) are both four levels below the repository root
  return path.resolve(__dirname, "..", "..", "..", "..", "data");
}

/** Absolute path of a file in the data folder, with a clear error when it is missing. */
export function dataFile(name: string): string {
  const file = path.join(dataDir(), name);
  if (!fs.existsSync(file)) {
    throw new Error(`losslab: data file '${name}' not found in ${dataDir()} (set LOSSLAB_DATA to the folder that holds it).`);
  }
  return file;
}
