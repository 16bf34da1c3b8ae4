// lib/losslab/COMING_FROM_PYTORCH.md names every class the package exports, so a pml user finds each
// one (its pml counterpart, or that it has none).
import * as fs from "fs";
import * as path from "path";
import * as losslab from "losslab";

const page = fs.readFileSync(path.join(__dirname, "..", "..", "lib", "losslab", "COMING_FROM_PYTORCH.md"), "utf8");

/** The exported classes: constructors with a prototype of their own (not plain functions). */
const classes = Object.entries(losslab)
  .filter(([, v]) => typeof v === "function" && /^class\b/.test(Function.prototype.toString.call(v)))
  .map(([k]) => k);

it("names every exported class of the package", () => {
  expect(classes.length).toBeGreaterThan(60);
  expect(classes.filter((name) => !new RegExp(`\\b${name}\\b`).test(page))).toEqual([]);
});

it("lists pml's losses under pml's own names", () => {
  for (const name of ["ArcFaceLoss", "CosFaceLoss", "SphereFaceLoss", "LargeMarginSoftmaxLoss", "SubCenterArcFaceLoss", "ProxyAnchorLoss", "NormalizedSoftmaxLoss", "TripletMarginLoss"]) {
    expect(page).toContain(`\`${name}(`);
  }
});
