/** Degrees and radians: angles are often quoted in degrees (K = 30°); the library computes in radians. */
import { checkNumber } from "../validation";

/** Radians to degrees. */
export function degrees(radians: number): number {
  return (checkNumber("degrees", "radians", radians) * 180) / Math.PI;
}

/** Degrees to radians. */
export function radians(degrees: number): number {
  return (checkNumber("radians", "degrees", degrees) * Math.PI) / 180;
}
