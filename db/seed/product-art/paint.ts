/**
 * The tools the product drawings paint with: colour mixing, gradients collected into <defs>,
 * a seeded random source (so every product always gets the same picture) and a few shapes.
 */

export type Stop = [offset: number, color: string, opacity?: number];

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return `#${((1 << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b)).toString(16).slice(1)}`;
}

/** `a` moved towards `b` by `t` (0..1). */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  return toHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
}
export const lt = (c: string, t: number) => mix(c, "#ffffff", t);
export const dk = (c: string, t: number) => mix(c, "#000000", t);

/** The colour turned round the colour wheel by `degrees`, keeping its lightness and saturation. */
export function hueShift(hex: string, degrees: number): string {
  const [r, g, b] = channels(hex).map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return hex;
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (((h * 60 + degrees) % 360) + 360) % 360;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return toHex([(r1 + m) * 255, (g1 + m) * 255, (b1 + m) * 255]);
}

/** FNV-1a, then mulberry32: a small, stable random source seeded by a product's title. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of seed) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers written short: at most one decimal, no "-0", no leading "0." zero. */
export const n = (v: number) => String(Math.round(v * 10) / 10 || 0).replace(/^(-?)0\./, "$1.");

export class Paint {
  private count = 0;
  /** Gradients already defined, by their markup, so a repeated one is written once. */
  private readonly known = new Map<string, string>();
  readonly defs: string[] = [];

  constructor(readonly rnd: () => number) {}

  pick<T>(options: readonly T[]): T {
    return options[Math.floor(this.rnd() * options.length)]!;
  }

  /** A number between `min` and `max`. */
  between(min: number, max: number): number {
    return min + (max - min) * this.rnd();
  }

  /** Adds a definition (markup with "%ID%" for its id) unless the same one exists; returns its url(#…). */
  private define(markup: string): string {
    let id = this.known.get(markup);
    if (!id) {
      id = `g${(this.count++).toString(36)}`;
      this.known.set(markup, id);
      this.defs.push(markup.replace("%ID%", id));
    }
    return `url(#${id})`;
  }

  private stops(stops: Stop[]): string {
    return stops
      .map(([o, c, op]) => `<stop offset="${n(o)}" stop-color="${c}"${op === undefined ? "" : ` stop-opacity="${n(op)}"`}/>`)
      .join("");
  }

  /** A linear gradient from (x1,y1) to (x2,y2) in the shape's box; returns its url(#…). */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    return this.define(`<linearGradient id="%ID%" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}">${this.stops(stops)}</linearGradient>`);
  }

  /** A radial gradient centred at (cx,cy) of the shape's box. */
  rad(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    return this.define(`<radialGradient id="%ID%" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}">${this.stops(stops)}</radialGradient>`);
  }

  /** A repeating tile (userSpace units) for woven or printed fabrics. */
  pattern(width: number, height: number, content: string, rotate = 0): string {
    const transform = rotate ? ` patternTransform="rotate(${rotate})"` : "";
    return this.define(`<pattern id="%ID%" width="${width}" height="${height}" patternUnits="userSpaceOnUse"${transform}>${content}</pattern>`);
  }

  /** Side lighting of a round object: dark edge, highlight left of centre, dark right edge. */
  cyl(c: string, strength = 1): string {
    return this.lin([[0, dk(c, 0.3 * strength)], [0.28, lt(c, 0.3 * strength)], [0.55, c], [1, dk(c, 0.38 * strength)]], 0, 0, 1, 0);
  }

  /** Top-lit flat surface. */
  vert(c: string, amount = 0.2): string {
    return this.lin([[0, lt(c, amount)], [1, dk(c, amount)]]);
  }

  /** A lit sphere-ish volume. */
  ball(c: string): string {
    return this.rad([[0, lt(c, 0.45)], [0.55, c], [1, dk(c, 0.3)]], 0.36, 0.3, 0.75);
  }

  /** A soft halo of colour `c`. */
  glow(c: string, opacity: number): string {
    return this.rad([[0, c, opacity], [1, c, 0]]);
  }

  /** The soft contact shadow an object casts on the studio floor. */
  shadow(cx: number, cy: number, rx: number, ry = rx * 0.16): string {
    const fill = this.rad([[0, "#000000", 0.34], [0.55, "#000000", 0.16], [1, "#000000", 0]]);
    return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"/>`;
  }
}

/** An upright cylinder: side from `top` to `bottom` (both rims are ellipses of rx, ry). */
export function cylinder(cx: number, top: number, bottom: number, rx: number, ry: number, side: string, topFill?: string): string {
  const l = n(cx - rx);
  const r = n(cx + rx);
  const body = `<path d="M${l},${n(top)}V${n(bottom)}A${n(rx)},${n(ry)} 0 0 0 ${r},${n(bottom)}V${n(top)}Z" fill="${side}"/>`;
  return topFill ? `${body}<ellipse cx="${n(cx)}" cy="${n(top)}" rx="${n(rx)}" ry="${n(ry)}" fill="${topFill}"/>` : body;
}

/**
 * A pointed leaf of length `len` growing from (x,y) at `angle` degrees from upright; its fill should
 * be `leafFill` (shaded across the leaf, with a pale midrib along it).
 */
export function leaf(x: number, y: number, len: number, width: number, angle: number, fill: string): string {
  const r = Math.round;
  const w = r(width);
  return `<path transform="translate(${r(x)} ${r(y)}) rotate(${r(angle)})" d="M0,0C${w},${r(-len * 0.3)} ${w},${r(-len * 0.75)} 0,${r(-len)}C-${w},${r(-len * 0.75)} -${w},${r(-len * 0.3)} 0,0Z" fill="${fill}"/>`;
}

/** Leaf shading: darker edges, lit side, and a pale midrib down the middle. */
export function leafFill(p: Paint, green: string): string {
  return p.lin([[0, dk(green, 0.3)], [0.3, lt(green, 0.15)], [0.47, green], [0.5, lt(green, 0.45)], [0.53, green], [1, dk(green, 0.35)]], 0, 0, 1, 0);
}

/** A small lotus flower (petals fanned from a base point), used as a print or an inlay. */
export function lotus(x: number, y: number, size: number, fill: string, heart = "#f2c14e"): string {
  const petals = [-64, -32, 0, 32, 64]
    .map((a) => `<path transform="rotate(${a})" d="M0,0C${n(size * 0.4)},${n(-size * 0.4)} ${n(size * 0.25)},${n(-size * 0.85)} 0,${n(-size)}C${n(-size * 0.25)},${n(-size * 0.85)} ${n(-size * 0.4)},${n(-size * 0.4)} 0,0Z"/>`)
    .join("");
  return `<g transform="translate(${n(x)} ${n(y)})" fill="${fill}">${petals}<circle cy="${n(-size * 0.15)}" r="${n(size * 0.14)}" fill="${heart}"/></g>`;
}
