/** Class colours of the explorables: Paul Tol's colour-blind-safe "muted" scheme, as the course's figures. */
export const CLASS_COLORS = ["#332288", "#CC6677", "#117733", "#DDCC77", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];
