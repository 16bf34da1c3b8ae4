/**
 * Plotly figures as plain data: `{data, layout}` objects that jest can inspect and any Plotly
 * front end can draw. Loosely typed on purpose: the Plotly schema is large, and these objects are
 * checked where they are built.
 */
export type Trace = { type?: string; name?: string; visible?: boolean | "legendonly"; [key: string]: unknown };
export type Layout = { [key: string]: unknown };
export interface Figure {
  data: Trace[];
  layout: Layout;
  config?: { [key: string]: unknown };
}
