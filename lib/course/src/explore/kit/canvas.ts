/**
 * Hand-written canvas drawings of the explorables (no plotting library, to keep the pages small):
 * a 2-D scatter with arrows, segments and class regions (`PlaneView`), and the unit sphere seen in
 * orthographic projection, rotatable with the arrow keys or by dragging (`SphereView`).
 * Each canvas has a role and a label; the numbers it shows are also in the page's live text.
 */
import { el } from "./controls";

export type Vec2 = [number, number];
export type Vec3 = [number, number, number];

export interface ScatterPoints {
  /** Row-major coordinates, `dim` per point (2 for the plane, 3 for the sphere). */
  values: ArrayLike<number>;
  /** Class of each point (an index into `colors`). */
  labels: ArrayLike<number>;
  /** Dot radius in CSS pixels. @default 2.5 */
  radius?: number;
}

export interface Arrow2 {
  to: Vec2;
  from?: Vec2;
  color: string;
  label?: string;
  width?: number;
}

export interface Segment2 {
  from: Vec2;
  to: Vec2;
  color: string;
  width?: number;
  dash?: number[];
}

export interface PlaneScene {
  /** The square of the plane shown (the wider side wins, aspect kept). */
  bounds: { x: Vec2; y: Vec2 };
  /** Class colours, indexed by label. */
  colors: string[];
  /** The class that wins at a point of the plane (shaded faintly), or −1 for none. */
  regions?: (x: number, y: number) => number;
  /** A circle about the origin of this radius (the unit circle of normalised features). */
  circle?: number;
  points?: ScatterPoints;
  arrows?: Arrow2[];
  segments?: Segment2[];
  /** One line drawn in the top-left corner. */
  caption?: string;
}

/** Scales a canvas for the screen's pixel density; returns its 2-D context in CSS pixels. */
function context(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const ratio = typeof devicePixelRatio === "number" && devicePixelRatio > 0 ? devicePixelRatio : 1;
  if (canvas.width !== Math.round(width * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("losslab explorable: this browser gives no 2-D canvas context");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** "#rrggbb" at an opacity, as rgba(). */
export function withAlpha(color: string, alpha: number): string {
  const rgb = rgbOf(color);
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : color;
}

function arrowHead(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, size: number): void {
  const a = Math.atan2(y1 - y0, x1 - x0);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - size * Math.cos(a - 0.4), y1 - size * Math.sin(a - 0.4));
  ctx.lineTo(x1 - size * Math.cos(a + 0.4), y1 - size * Math.sin(a + 0.4));
  ctx.closePath();
  ctx.fill();
}

/** Pixels of a shaded region cell. */
const CELL = 6;

/** "#rrggbb" as [r, g, b], or null. */
function rgbOf(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

/** The small canvas the regions are painted on, one pixel a cell, then scaled up in one drawImage. */
let cellCanvas: HTMLCanvasElement | null = null;

/**
 * Shades each CELL×CELL cell of a size×size canvas by the class `classAt` gives at its centre (−1:
 * none): one pixel a cell in an ImageData, drawn scaled (a few thousand fillRect calls cost more than
 * a training step on a slow machine).
 */
function shadeRegions(ctx: CanvasRenderingContext2D, size: number, colors: string[], alpha: number, classAt: (x: number, y: number) => number): void {
  const n = Math.ceil(size / CELL);
  cellCanvas ??= document.createElement("canvas");
  if (cellCanvas.width !== n) cellCanvas.width = cellCanvas.height = n;
  const cells = cellCanvas.getContext("2d");
  if (!cells) return;
  const image = cells.createImageData(n, n);
  const rgb = colors.map(rgbOf);
  const a = Math.round(255 * alpha);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const c = classAt(i * CELL + CELL / 2, j * CELL + CELL / 2);
      const col = c >= 0 ? rgb[c] : null;
      if (!col) continue;
      image.data.set([col[0], col[1], col[2], a], 4 * (j * n + i));
    }
  }
  cells.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(cellCanvas, 0, 0, n * CELL, n * CELL);
}

/** An arrow between two canvas points, dashed or not, with an optional label at its tip. */
function drawArrow(ctx: CanvasRenderingContext2D, from: Vec2, to: Vec2, color: string, width: number, label?: string, dash: number[] = []): void {
  ctx.strokeStyle = ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(from[0], from[1]);
  ctx.lineTo(to[0], to[1]);
  ctx.stroke();
  ctx.setLineDash([]);
  arrowHead(ctx, from[0], from[1], to[0], to[1], 9);
  if (label) {
    ctx.font = "bold 13px system-ui, sans-serif";
    ctx.fillText(label, to[0] + 5, to[1] - 5);
  }
}

function drawCaption(ctx: CanvasRenderingContext2D, caption: string | undefined): void {
  if (!caption) return;
  ctx.fillStyle = "#333";
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillText(caption, 6, 14);
}

/** A 2-D view of points, arrows and class regions on a square canvas. */
export class PlaneView {
  readonly canvas: HTMLCanvasElement;
  constructor(readonly size: number, label: string) {
    this.canvas = el("canvas", { className: "view" });
    this.canvas.style.width = `${size}px`;
    this.canvas.style.height = `${size}px`;
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", label);
  }

  draw(scene: PlaneScene): void {
    const S = this.size;
    const ctx = context(this.canvas, S, S);
    const [x0, x1] = scene.bounds.x;
    const [y0, y1] = scene.bounds.y;
    const span = Math.max(x1 - x0, y1 - y0) || 1;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const k = (S - 16) / span;
    const px = (x: number) => S / 2 + (x - cx) * k;
    const py = (y: number) => S / 2 - (y - cy) * k;
    const regions = scene.regions;
    if (regions) shadeRegions(ctx, S, scene.colors, 0.13, (sx, sy) => regions(cx + (sx - S / 2) / k, cy - (sy - S / 2) / k));
    ctx.strokeStyle = "#bbb";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(px(x0 - span), py(0));
    ctx.lineTo(px(x1 + span), py(0));
    ctx.moveTo(px(0), py(y0 - span));
    ctx.lineTo(px(0), py(y1 + span));
    ctx.stroke();
    if (scene.circle) {
      ctx.strokeStyle = "#888";
      ctx.beginPath();
      ctx.arc(px(0), py(0), scene.circle * k, 0, 2 * Math.PI);
      ctx.stroke();
    }
    for (const s of scene.segments ?? []) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = s.width ?? 1;
      ctx.setLineDash(s.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(px(s.from[0]), py(s.from[1]));
      ctx.lineTo(px(s.to[0]), py(s.to[1]));
      ctx.stroke();
    }
    ctx.setLineDash([]);
    const pts = scene.points;
    if (pts) {
      const r = pts.radius ?? 2.5;
      for (let i = 0; i < pts.labels.length; i++) {
        ctx.fillStyle = withAlpha(scene.colors[pts.labels[i]] ?? "#000000", 0.8);
        ctx.beginPath();
        ctx.arc(px(pts.values[2 * i]), py(pts.values[2 * i + 1]), r, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    for (const a of scene.arrows ?? []) {
      const [fx, fy] = a.from ?? [0, 0];
      drawArrow(ctx, [px(fx), py(fy)], [px(a.to[0]), py(a.to[1])], a.color, a.width ?? 2.5, a.label);
    }
    drawCaption(ctx, scene.caption);
  }
}

export interface Arrow3 {
  dir: Vec3;
  color: string;
  label?: string;
}

export interface SphereScene {
  colors: string[];
  /** Unit vectors (3 per point) with their classes. */
  points?: ScatterPoints;
  /** Directions drawn from the centre to the sphere (unit length). */
  arrows?: Arrow3[];
  /** The class that wins at a unit vector (shaded faintly on the visible side), or −1. */
  regions?: (v: Vec3) => number;
  caption?: string;
}

/**
 * The unit sphere in orthographic projection. Focus it (Tab) and turn it with the arrow keys, or drag
 * it; the far side's points are drawn faint and small.
 */
export class SphereView {
  readonly canvas: HTMLCanvasElement;
  /** Rotation about the vertical axis, then about the horizontal one (radians). */
  yaw = 0.6;
  pitch = -0.4;
  private scene: SphereScene | null = null;

  constructor(readonly size: number, label: string) {
    this.canvas = el("canvas", { className: "view", tabIndex: 0 });
    this.canvas.style.width = `${size}px`;
    this.canvas.style.height = `${size}px`;
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", `${label} Focus it and use the arrow keys to turn the sphere.`);
    this.canvas.addEventListener("keydown", (e) => {
      const turns: Record<string, [number, number]> = { ArrowLeft: [-0.15, 0], ArrowRight: [0.15, 0], ArrowUp: [0, -0.15], ArrowDown: [0, 0.15] };
      const t = turns[e.key];
      if (!t) return;
      e.preventDefault();
      this.rotate(t[0], t[1]);
    });
    let last: Vec2 | null = null;
    this.canvas.addEventListener("pointerdown", (e) => {
      last = [e.clientX, e.clientY];
      this.canvas.setPointerCapture(e.pointerId);
    });
    this.canvas.addEventListener("pointermove", (e) => {
      if (!last) return;
      this.rotate((e.clientX - last[0]) * 0.01, (e.clientY - last[1]) * 0.01);
      last = [e.clientX, e.clientY];
    });
    const release = () => (last = null);
    this.canvas.addEventListener("pointerup", release);
    this.canvas.addEventListener("pointercancel", release);
  }

  rotate(dYaw: number, dPitch: number): void {
    this.yaw += dYaw;
    this.pitch = Math.max(-1.5, Math.min(1.5, this.pitch + dPitch));
    if (this.scene) this.draw(this.scene);
  }

  /** World → view coordinates (x right, y up, z towards the viewer). */
  toView(v: ArrayLike<number>, offset = 0): Vec3 {
    const cy = Math.cos(this.yaw);
    const sy = Math.sin(this.yaw);
    const cp = Math.cos(this.pitch);
    const sp = Math.sin(this.pitch);
    const x1 = cy * v[offset] + sy * v[offset + 2];
    const z1 = -sy * v[offset] + cy * v[offset + 2];
    const y1 = v[offset + 1];
    return [x1, cp * y1 - sp * z1, sp * y1 + cp * z1];
  }

  /** View → world coordinates (the inverse rotation). */
  toWorld(v: Vec3): Vec3 {
    const cy = Math.cos(this.yaw);
    const sy = Math.sin(this.yaw);
    const cp = Math.cos(this.pitch);
    const sp = Math.sin(this.pitch);
    const y1 = cp * v[1] + sp * v[2];
    const z1 = -sp * v[1] + cp * v[2];
    return [cy * v[0] - sy * z1, y1, sy * v[0] + cy * z1];
  }

  draw(scene: SphereScene): void {
    this.scene = scene;
    const S = this.size;
    const ctx = context(this.canvas, S, S);
    const R = S / 2 - 10;
    const px = (x: number) => S / 2 + x * R;
    const py = (y: number) => S / 2 - y * R;
    const regions = scene.regions;
    if (regions) {
      shadeRegions(ctx, S, scene.colors, 0.15, (sx, sy) => {
        const u = (sx - S / 2) / R;
        const w = -(sy - S / 2) / R;
        const r2 = u * u + w * w;
        return r2 > 1 ? -1 : regions(this.toWorld([u, w, Math.sqrt(1 - r2)]));
      });
    }
    ctx.strokeStyle = "#888";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.arc(S / 2, S / 2, R, 0, 2 * Math.PI);
    ctx.stroke();
    const pts = scene.points;
    if (pts) {
      const r = pts.radius ?? 2.5;
      const order = Array.from({ length: pts.labels.length }, (_, i) => ({ i, v: this.toView(pts.values, 3 * i) }));
      order.sort((a, b) => a.v[2] - b.v[2]); // far side first
      for (const { i, v } of order) {
        const front = v[2] >= 0;
        ctx.fillStyle = withAlpha(scene.colors[pts.labels[i]] ?? "#000000", front ? 0.85 : 0.2);
        ctx.beginPath();
        ctx.arc(px(v[0]), py(v[1]), front ? r : r * 0.6, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    for (const a of scene.arrows ?? []) {
      const v = this.toView(a.dir);
      drawArrow(ctx, [px(0), py(0)], [px(v[0]), py(v[1])], a.color, 2.5, a.label, v[2] < 0 ? [4, 4] : []);
    }
    drawCaption(ctx, scene.caption);
  }
}
