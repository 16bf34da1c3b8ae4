export * from "./m_per_class_sampler";
