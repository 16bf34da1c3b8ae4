export { sigmoid } from "./sigmoid";
export { softmax, logSoftmax, type SoftmaxOptions } from "./softmax";
//# sourceMappingURL=index.d.ts.map