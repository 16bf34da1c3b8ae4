export * from "./m_per_class_sampler";
//# sourceMappingURL=index.d.ts.map