/**
 * Labelled, keyboard-operable controls: each a `<label for>` and its input, with the current value
 * shown beside it (an `<output>`) and given to assistive technology (`aria-valuetext`). Range inputs
 * move with the arrow keys, Page Up/Down, Home and End, as every browser provides.
 */

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}
export { el };

export interface SliderSpec {
  /** The input's id (also its name in the address: `?m=0.35`). */
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** The value as shown (default: as typed). */
  format?: (value: number) => string;
  /** A short help text under the slider. */
  hint?: string;
}

/** A range slider with its label and visible value. */
export class Slider {
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
  /** The whole control (label, input, value, hint), to place in the page. */
  readonly element: HTMLDivElement;
  private format: (value: number) => string;
  private unit = "";
  private listeners: ((value: number) => void)[] = [];

  constructor(readonly spec: SliderSpec) {
    this.format = spec.format ?? ((v) => String(v));
    this.input = el("input", { type: "range", id: spec.id, name: spec.id, min: String(spec.min), max: String(spec.max), step: String(spec.step) });
    this.input.value = String(spec.value);
    this.output = el("output", { className: "value" });
    this.output.htmlFor.add(spec.id);
    const label = el("label", { htmlFor: spec.id }, spec.label);
    this.element = el("div", { className: "control" }, label, this.input, this.output);
    if (spec.hint) {
      const hint = el("small", { id: `${spec.id}-hint` }, spec.hint);
      this.input.setAttribute("aria-describedby", hint.id);
      this.element.append(hint);
    }
    this.input.addEventListener("input", () => {
      this.show();
      for (const l of this.listeners) l(this.value);
    });
    this.show();
  }

  get value(): number {
    return Number(this.input.value);
  }

  /** Sets the value (clamped and rounded to the step by the browser); tells the listeners when `notify`. */
  set(value: number, notify = false): void {
    this.input.value = String(value);
    this.show();
    if (notify) for (const l of this.listeners) l(this.value);
  }

  onInput(listener: (value: number) => void): void {
    this.listeners.push(listener);
  }

  /** New bounds, step and display (a head whose margin has another range); keeps the value within them. */
  setRange(min: number, max: number, step: number, format: (value: number) => string = this.format, unit = ""): void {
    this.input.min = String(min);
    this.input.max = String(max);
    this.input.step = String(step);
    this.format = format;
    this.unit = unit;
    this.show();
  }

  /** Shows or hides the control (a head without this parameter). */
  setVisible(visible: boolean): void {
    this.element.hidden = !visible;
  }

  private show(): void {
    const text = this.unit ? `${this.format(this.value)} ${this.unit}` : this.format(this.value);
    this.output.value = text;
    this.input.setAttribute("aria-valuetext", text);
  }
}

/** A labelled `<select>`. */
export function choice(spec: { id: string; label: string; options: { value: string; label: string }[]; value: string }): { element: HTMLDivElement; select: HTMLSelectElement } {
  const select = el("select", { id: spec.id, name: spec.id });
  for (const o of spec.options) select.append(el("option", { value: o.value }, o.label));
  select.value = spec.value;
  const element = el("div", { className: "control" }, el("label", { htmlFor: spec.id }, spec.label), select);
  return { element, select };
}

/** A labelled whole-number field (the seed). */
export function integerField(spec: { id: string; label: string; value: number; min?: number }): { element: HTMLDivElement; input: HTMLInputElement; value(): number } {
  const input = el("input", { type: "number", id: spec.id, name: spec.id, step: "1", min: String(spec.min ?? 0), value: String(spec.value) });
  input.inputMode = "numeric";
  const element = el("div", { className: "control" }, el("label", { htmlFor: spec.id }, spec.label), input);
  return {
    element,
    input,
    value: () => {
      const v = Math.floor(Number(input.value));
      return Number.isFinite(v) && v >= (spec.min ?? 0) ? v : spec.value;
    },
  };
}

/** A button with a visible name (and an id for tests and the keyboard). */
export function button(id: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", id }, text);
  b.addEventListener("click", onClick);
  return b;
}

/** A number from the page's address (`?name=value`), or undefined. */
export function urlNumber(name: string): number | undefined {
  const raw = new URLSearchParams(location.search).get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

/** A string from the page's address, or null. */
export function urlString(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}
