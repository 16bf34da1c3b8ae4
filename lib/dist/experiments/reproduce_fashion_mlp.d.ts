import { type Provenance, type ProvenanceOptions } from "./provenance";
/** The published figure: test accuracy, Table 3 of arXiv:1708.07747. */
export declare const FASHION_MLP_PUBLISHED: Readonly<{
    accuracy: 0.87;
    source: "Xiao, Rasul & Vollgraf 2017 (arXiv:1708.07747), Table 3: MLPClassifier activation=relu hidden_layer_sizes=[100, 10], Fashion-MNIST test accuracy 0.870";
}>;
/** Our configuration; the drift test re-runs exactly this. */
export declare const FASHION_MLP_EXPERIMENT: Readonly<{
    hidden: readonly number[];
    embeddingSize: 10;
    epochs: 10;
    batchSize: 200;
    learningRate: 0.001;
    testFraction: number;
    seeds: readonly number[];
}>;
export interface FashionMlpRun {
    seed: number;
    testAccuracy: number;
    trainImages: number;
    testImages: number;
    steps: number;
    finalTrainLoss: number;
    seconds: number;
}
export interface FashionMlpResults extends Provenance {
    experiment: "reproduce-fashion-mlp";
    published: typeof FASHION_MLP_PUBLISHED;
    config: typeof FASHION_MLP_EXPERIMENT;
    runs: FashionMlpRun[];
}
export interface RunFashionMlpOptions extends ProvenanceOptions {
    /** Called after each seed. */
    onRun?: (run: FashionMlpRun) => void;
}
/** Trains and tests the MLP once per seed; see the module comment. */
export declare function runFashionMlpReproduction(options?: RunFashionMlpOptions): Promise<FashionMlpResults>;
/** The published figure, ours (mean ± s.e.), the gap and the time, in one row. */
export declare function fashionMlpTableRows(results: FashionMlpResults): Record<string, string>[];
/** Results read back from their JSON. */
export declare function parseFashionMlpResults(text: string): FashionMlpResults;
/** The saved results of `npm run experiment:reproduce`, `data/results/fashion_mlp.json`. */
export declare function loadFashionMlpResults(): FashionMlpResults;
//# sourceMappingURL=reproduce_fashion_mlp.d.ts.map