export * from "./m_per_class_sampler";
export * from "./fixed_set_of_triplets";
