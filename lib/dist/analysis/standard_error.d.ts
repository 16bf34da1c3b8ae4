/** √(p(1 − p)/n) for an error (or accuracy) rate p measured on n samples. */
export declare function rateStandardError(rate: number, n: number): number;
//# sourceMappingURL=standard_error.d.ts.map