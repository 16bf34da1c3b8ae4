import * as fs from "fs";
import * as path from "path";
import { VERSION } from "losslab";

it("VERSION equals lib/losslab/package.json's version", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "lib", "losslab", "package.json"), "utf8"));
  expect(VERSION).toBe(pkg.version);
});
