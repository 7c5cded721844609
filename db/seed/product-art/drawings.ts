/**
 * One drawing per kind of product, on a 480 × 480 canvas whose studio floor meets the objects at
 * about y = 390. Each returns SVG elements (no text); its gradients go into the Paint's defs.
 */
import { cylinder, dk, leaf, leafFill, lotus, lt, n, type Paint } from "./paint";

export type Drawing = (p: Paint) => string;

const WOOD = "#a8774e";
const WALNUT = "#6b4226";
const STEEL = "#c3c8ce";
const GLASS_STROKE = `stroke="#ffffff" stroke-opacity=".75" stroke-width="3"`;

function glass(p: Paint): string {
  return p.lin([[0, "#ffffff", 0.55], [0.25, "#ffffff", 0.12], [0.7, "#dbeafe", 0.2], [1, "#ffffff", 0.5]], 0, 0, 1, 0);
}

/** Folded textiles stacked from the floor up; the top one shows its upper face. */
function stack(p: Paint, layers: { c: string; h: number }[], x0: number, x1: number, front?: (x0: number, x1: number, y: number, h: number, c: string) => string): string {
  let y = 392;
  let out = p.shadow(240, 392, (x1 - x0) / 2 + 24, 24);
  layers.forEach(({ c, h }, i) => {
    y -= h;
    const a = x0 + (i % 2) * 6;
    const b = x1 - (i % 2) * 6;
    out += `<rect x="${a}" y="${y}" width="${b - a}" height="${h}" rx="${Math.min(h / 2, 26)}" fill="${p.lin([[0, lt(c, 0.28)], [0.5, c], [1, dk(c, 0.28)]])}"/>`;
    out += `<path d="M${a + 22},${y + 7}H${b - 22}" stroke="#ffffff" stroke-opacity=".35" stroke-width="3" stroke-linecap="round"/>`;
    if (front) out += front(a, b, y, h, c);
    if (i === layers.length - 1) {
      out += `<path d="M${a + 16},${y + 8}L${a + 44},${y - 30}H${b - 44}L${b - 16},${y + 8}Z" fill="${p.lin([[0, lt(c, 0.1)], [1, lt(c, 0.38)]])}"/>`;
    }
    y += 2;
  });
  return out;
}

const blanket: Drawing = (p) => {
  const c = p.pick(["#d8cbb6", "#a9b8a0", "#c98b6b", "#8d9aa6", "#e3d9c6"]);
  const fringe = (_a: number, b: number, y: number, h: number) => `<path d="M${b - 4},${y + 6}v${h - 12}" stroke="${dk(c, 0.2)}" stroke-width="14" stroke-dasharray="2 3"/>`;
  return stack(p, [{ c: dk(c, 0.04), h: 40 }, { c, h: 40 }, { c: lt(c, 0.05), h: 40 }, { c, h: 40 }], 96, 384, fringe);
};

const weightedBlanket: Drawing = (p) => {
  const c = p.pick(["#7d8fa3", "#9aa58f", "#b7a9c9", "#c7b8a3"]);
  const quilt = (a: number, b: number, y: number, h: number) => {
    let lines = "";
    for (let x = a + 40; x < b - 20; x += 44) lines += `M${x},${y + 6}v${h - 12}`;
    return `<path d="${lines}" stroke="${dk(c, 0.3)}" stroke-opacity=".5" stroke-width="2"/>`;
  };
  return stack(p, [{ c: dk(c, 0.05), h: 78 }, { c, h: 78 }], 90, 390, quilt);
};

const sheets: Drawing = (p) => {
  const accent = p.pick(["#b9c9d6", "#d8c4b0", "#c2cfb8", "#e6d3d3"]);
  const band = (a: number, b: number, y: number, h: number) => `<rect x="${(a + b) / 2 + 30}" y="${y}" width="34" height="${h}" fill="${accent}"/>`;
  return stack(p, [{ c: "#f3f1ec", h: 46 }, { c: "#eceae4", h: 46 }, { c: lt(accent, 0.35), h: 40 }, { c: "#f7f5f1", h: 40 }], 110, 370, band);
};

const towels: Drawing = (p) => {
  const sets = [["#e9e4d8", "#a7bca9", "#cdd8e0", "#d9b9a4"], ["#f2efe9", "#c9ccd1", "#8fa5b8", "#e7dccb"], ["#dfe8e1", "#b5c7b8", "#f0ece4", "#9fb3a4"]];
  const cs = p.pick(sets);
  const border = (_a: number, b: number, y: number, h: number, c: string) => `<rect x="${b - 70}" y="${y + 2}" width="18" height="${h - 4}" fill="${dk(c, 0.12)}" fill-opacity=".7"/>`;
  return stack(p, cs.map((c) => ({ c, h: 54 })), 108, 372, border);
};

const skillet: Drawing = (p) => {
  const iron = "#3c3d42";
  return `${p.shadow(230, 346, 180, 34)}<path d="M344,286L450,246Q468,240 470,256Q470,268 456,272L350,314Z" fill="${p.lin([[0, "#5a5b61"], [1, "#1e1f22"]])}"/><ellipse cx="453" cy="257" rx="7" ry="5" fill="#111"/>
<path d="M70,300L80,328A130,54 0 0 0 340,328L350,300A140,58 0 0 1 70,300Z" fill="${p.lin([[0, "#1d1e21"], [0.35, "#55565c"], [1, "#141517"]], 0, 0, 1, 0)}"/>
<ellipse cx="210" cy="300" rx="140" ry="58" fill="${p.lin([[0, "#5d5e64"], [1, "#232427"]], 0, 0, 1, 1)}"/><ellipse cx="210" cy="305" rx="124" ry="48" fill="${p.rad([[0, lt(iron, 0.12)], [0.7, iron], [1, "#18191b"]], 0.42, 0.38, 0.7)}"/>
<path d="M96,278A128,50 0 0 1 200,246" stroke="#ffffff" stroke-opacity=".28" stroke-width="4" fill="none" stroke-linecap="round"/><path d="M72,296Q40,290 38,304Q40,318 76,314Z" fill="#2a2b2f"/>`;
};

const pourOver: Drawing = (p) => {
  const c = p.pick(["#f4efe6", "#c8643c", "#37595a", "#e8dfcc", "#2f3237"]);
  return `${p.shadow(250, 392, 160, 24)}<path d="M200,205V225Q140,300 150,360Q156,392 240,392Q324,392 330,360Q340,300 280,225V205Z" fill="${glass(p)}" ${GLASS_STROKE}/>
<path d="M156,320Q150,340 153,360Q158,388 240,388Q322,388 327,360Q330,340 324,320Q240,334 156,320Z" fill="${p.lin([[0, "#7a4322"], [1, "#2b140a"]])}"/><ellipse cx="240" cy="321" rx="84" ry="9" fill="#8a5230"/>
<path d="M172,300Q164,340 176,372" stroke="#ffffff" stroke-opacity=".7" stroke-width="6" fill="none" stroke-linecap="round"/>
<path d="M310,134Q346,140 332,172Q322,180 300,160" stroke="${dk(c, 0.1)}" stroke-width="11" fill="none"/><path d="M168,120H312L264,200H216Z" fill="${p.cyl(c)}"/><rect x="208" y="196" width="64" height="14" rx="4" fill="${dk(c, 0.2)}"/>
<ellipse cx="240" cy="120" rx="72" ry="14" fill="${lt(c, 0.25)}"/><ellipse cx="240" cy="121" rx="62" ry="10" fill="${dk(c, 0.35)}"/>
${p.shadow(384, 390, 50, 9)}${cylinder(384, 322, 388, 38, 9, p.cyl(c), lt(c, 0.25))}<ellipse cx="384" cy="324" rx="32" ry="6" fill="#4a2512"/>`;
};

const diffuser: Drawing = (p) => {
  const c = p.pick(["#f3efe9", "#d8d2c8", "#e9dccf", "#cfd8d3", "#c9d1dc"]);
  const mist = p.glow("#ffffff", 0.85);
  return `${p.shadow(240, 392, 120, 18)}<path d="M150,336V372Q150,392 240,392Q330,392 330,372V336Z" fill="${p.cyl(WOOD)}"/>
<path d="M150,342Q146,250 214,190Q232,176 240,176Q248,176 266,190Q334,250 330,342Q240,362 150,342Z" fill="${p.cyl(c)}"/><ellipse cx="240" cy="182" rx="14" ry="4" fill="${dk(c, 0.45)}"/>
<ellipse cx="240" cy="354" rx="40" ry="5" fill="#fff3c4" fill-opacity=".9"/><ellipse cx="240" cy="140" rx="36" ry="32" fill="${mist}"/><ellipse cx="228" cy="98" rx="48" ry="36" fill="${mist}"/><ellipse cx="252" cy="58" rx="60" ry="36" fill="${mist}"/>`;
};

function mug(p: Paint, cx: number, bottom: number, c: string): string {
  const top = bottom - 78;
  return `${p.shadow(cx, bottom, 52, 10)}<path d="M${cx + 30},${top + 18}Q${cx + 66},${top + 16} ${cx + 62},${top + 42}Q${cx + 58},${top + 64} ${cx + 30},${top + 60}" stroke="${dk(c, 0.15)}" stroke-width="10" fill="none"/>${cylinder(cx, top, bottom, 36, 10, p.cyl(c), lt(c, 0.25))}<ellipse cx="${cx}" cy="${top + 2}" rx="30" ry="7" fill="#4a2512"/>`;
}

const deskMat: Drawing = (p) => {
  const felt = p.pick(["#6b6f76", "#8a8f96", "#3f4750", "#b8b2a7", "#7a8a78"]);
  const mugC = p.pick(["#f2efe9", "#d9c7a7", "#2f3237"]);
  return `${p.shadow(240, 372, 220, 30)}<path d="M36,376L446,356V366L36,386Z" fill="${dk(felt, 0.35)}"/><path d="M70,268L410,256L446,356L36,376Z" fill="${p.lin([[0, lt(felt, 0.12)], [1, dk(felt, 0.12)]])}" stroke="${felt}" stroke-width="6" stroke-linejoin="round"/>
<path d="M118,336L254,302" stroke="#1f2937" stroke-width="10" stroke-linecap="round"/><path d="M122,332L250,300" stroke="#ffffff" stroke-opacity=".35" stroke-width="2"/><path d="M232,307L256,301" stroke="#c9a227" stroke-width="10"/>
${mug(p, 330, 326, mugC)}`;
};

function bulb(p: Paint, x: number, scale: number, globe: string, metal: string): string {
  return `<g transform="translate(${x} 392) scale(${scale})">${p.shadow(0, 0, 50, 9)}<path d="M-40,-110Q-26,-86 -26,-64H26Q26,-86 40,-110Z" fill="${globe}"/><circle cy="-158" r="62" fill="${globe}"/>
<rect x="-28" y="-68" width="56" height="18" rx="4" fill="${p.cyl("#f1f1f1")}"/><path d="M-24,-50h48v40h-48Z" fill="${metal}"/><path d="M-25,-44h50M-25,-33h50M-25,-22h50" stroke="#7d838a" stroke-width="3"/><path d="M-14,-10h28l-6,10h-16Z" fill="#2b2b2b"/>
<path d="M-36,-176Q-30,-204 -6,-212" stroke="#ffffff" stroke-width="7" stroke-linecap="round" fill="none" stroke-opacity=".8"/></g>`;
}

const bulbs: Drawing = (p) => {
  const globe = p.rad([[0, "#fffef7"], [0.55, "#fff4c9"], [1, "#f2c45a"]], 0.4, 0.35, 0.7);
  const metal = p.cyl(STEEL);
  return `<circle cx="240" cy="220" r="190" fill="${p.glow("#fde68a", 0.6)}"/>${bulb(p, 310, 0.86, globe, metal)}${bulb(p, 190, 1, globe, metal)}`;
};

const plates: Drawing = (p) => {
  const cream = p.pick(["#efe8dc", "#e5e0d5", "#d9cbb8", "#c9d3cf", "#e8dccb"]);
  let out = p.shadow(240, 372, 180, 34);
  const rim = p.lin([[0, lt(cream, 0.25)], [1, dk(cream, 0.08)]]);
  for (let i = 0; i < 4; i++) {
    const y = 352 - i * 12;
    out += `<ellipse cx="240" cy="${y + 6}" rx="160" ry="56" fill="${dk(cream, 0.3)}"/><ellipse cx="240" cy="${y}" rx="160" ry="56" fill="${rim}" stroke="#8a6a4f" stroke-width="2"/>`;
  }
  out += `<ellipse cx="240" cy="320" rx="104" ry="34" fill="${p.rad([[0, lt(cream, 0.15)], [0.8, cream], [1, dk(cream, 0.15)]], 0.5, 0.4, 0.6)}"/><g fill="#5e4b3c" fill-opacity=".55">`;
  for (let i = 0; i < 34; i++) {
    const a = p.between(0, Math.PI * 2);
    const r = Math.sqrt(p.rnd());
    out += `<circle cx="${n(240 + Math.cos(a) * r * 150)}" cy="${n(316 + Math.sin(a) * r * 50)}" r="${n(p.between(1, 2.4))}"/>`;
  }
  return `${out}</g>`;
};

const board: Drawing = (p) => {
  const w = p.pick([WALNUT, "#7a4b2c", "#5c3920"]);
  let grain = "";
  for (let x = 176; x < 320; x += 26) grain += `M${x},140Q${x + 12},260 ${x - 6},380`;
  return `${p.shadow(246, 392, 130, 16)}<rect x="162" y="132" width="180" height="260" rx="22" fill="${dk(w, 0.45)}"/>
<path d="M200,90Q200,74 216,74H264Q280,74 280,90V130H310Q330,130 330,150V370Q330,390 310,390H170Q150,390 150,370V150Q150,130 170,130H200Z" fill="${p.lin([[0, lt(w, 0.18)], [0.5, w], [1, dk(w, 0.22)]], 0, 0, 1, 0.3)}"/>
<circle cx="240" cy="100" r="9" fill="${dk(w, 0.6)}"/><path d="${grain}" stroke="${lt(w, 0.25)}" stroke-opacity=".35" stroke-width="2" fill="none"/><rect x="168" y="150" width="144" height="222" rx="14" fill="none" stroke="${dk(w, 0.4)}" stroke-opacity=".6" stroke-width="4"/>`;
};

const jars: Drawing = (p) => {
  const bamboo = "#c9a66b";
  const g = glass(p);
  const jar = (cx: number, top: number, rx: number, fill: string) =>
    `${p.shadow(cx, 392, rx + 16, 10)}<rect x="${cx - rx + 5}" y="${top + 34}" width="${2 * rx - 10}" height="${388 - top - 34}" rx="12" fill="${p.vert(fill, 0.15)}"/>
<rect x="${cx - rx}" y="${top}" width="${2 * rx}" height="${392 - top}" rx="16" fill="${g}" ${GLASS_STROKE}/><rect x="${cx - rx + 10}" y="${top + 20}" width="8" height="${392 - top - 40}" rx="4" fill="#ffffff" fill-opacity=".55"/>
${cylinder(cx, top - 16, top + 4, rx + 3, 9, p.cyl(bamboo), lt(bamboo, 0.25))}`;
  return `${jar(262, 160, 58, "#f4efe4")}${jar(150, 220, 52, p.pick(["#e9a23b", "#d9643a", "#e8c15a"]))}${jar(364, 250, 46, p.pick(["#7a4a2a", "#5f7d3a", "#3b2a20"]))}`;
};

function greenery(p: Paint, x: number, y: number, count: number, len: number, width: number, spread: number, green: string): string {
  const fill = leafFill(p, green);
  let out = "";
  for (let i = 0; i < count; i++) {
    const a = -spread + (2 * spread * i) / Math.max(1, count - 1) + p.between(-6, 6);
    out += leaf(x + p.between(-6, 6), y, len * p.between(0.75, 1.1), width, a, fill);
  }
  return out;
}

const plantStand: Drawing = (p) => {
  const rattan = "#c49a5c";
  let weave = "";
  for (let y = 244; y < 306; y += 14) weave += `M170,${y}H310`;
  return `${p.shadow(240, 392, 130, 20)}<path d="M215,300L205,392M265,300L275,392" stroke="${dk(rattan, 0.25)}" stroke-width="9" stroke-linecap="round"/>${greenery(p, 240, 236, 7, 150, 34, 62, p.pick(["#2f7d4a", "#3d8b3d", "#2c6e5a"]))}
<path d="M160,230H320L300,310H180Z" fill="${p.cyl(rattan)}"/><path d="${weave}" stroke="${dk(rattan, 0.3)}" stroke-opacity=".5" stroke-width="5" stroke-dasharray="9 5"/><ellipse cx="240" cy="230" rx="80" ry="10" fill="${dk(rattan, 0.3)}"/>
<path d="M190,306L150,392M290,306L330,392" stroke="${rattan}" stroke-width="11" stroke-linecap="round"/>`;
};

const tamper: Drawing = (p) => {
  const handle = p.pick(["#7a4a2a", "#2b2b2b", "#a0522d", "#c9a66b"]);
  return `${p.shadow(240, 392, 100, 16)}${cylinder(240, 322, 386, 80, 14, p.cyl(STEEL), p.lin([[0, "#eef1f4"], [1, "#a9afb6"]]))}<path d="M222,324L226,268H254L258,324Z" fill="${p.cyl(STEEL)}"/>
<path d="M226,272Q190,250 196,190Q204,130 240,128Q276,130 284,190Q290,250 254,272Z" fill="${p.cyl(handle)}"/><ellipse cx="222" cy="180" rx="8" ry="30" fill="#ffffff" fill-opacity=".3"/>
<g fill="#3b2416">${[[120, 386], [136, 392], [350, 388], [364, 394], [108, 394]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3"/>`).join("")}</g>`;
};

const candle: Drawing = (p) => {
  const c = p.pick(["#b8753a", "#6b6f76", "#e9e2d6", "#5b7b62", "#2f3237"]);
  return `<circle cx="240" cy="170" r="140" fill="${p.glow("#ffd27a", 0.55)}"/>${p.shadow(240, 392, 116, 18)}${cylinder(240, 220, 386, 90, 16, p.cyl(c))}
<ellipse cx="240" cy="220" rx="90" ry="16" fill="${dk(c, 0.3)}"/><ellipse cx="240" cy="228" rx="82" ry="12" fill="${p.lin([[0, "#fbf5ea"], [1, "#e9dcc4"]])}"/>
<rect x="172" y="286" width="136" height="64" rx="3" fill="#f7f3ec" fill-opacity=".92"/><path d="M196,318H284" stroke="${c}" stroke-opacity=".5" stroke-width="3"/><rect x="166" y="240" width="10" height="130" rx="5" fill="#ffffff" fill-opacity=".35"/>
<path d="M240,228V204" stroke="#333" stroke-width="3"/><path d="M240,148Q258,182 250,200Q240,212 230,200Q222,182 240,148Z" fill="${p.rad([[0, "#fffbe6"], [0.5, "#ffd23f"], [1, "#ff8a00"]], 0.5, 0.7, 0.6)}"/>`;
};

const clock: Drawing = (p) => {
  const oak = p.pick(["#c8a272", "#b58a5a", "#2f3237", "#e2c9a0"]);
  const hour = p.between(0, 360);
  const minute = p.between(0, 360);
  let ticks = "";
  for (let i = 0; i < 12; i++) ticks += `<rect x="237" y="${i % 3 ? 88 : 86}" width="6" height="${i % 3 ? 12 : 22}" transform="rotate(${i * 30} 240 210)"/>`;
  return `<circle cx="254" cy="226" r="160" fill="${p.glow("#000000", 0.3)}"/><circle cx="240" cy="210" r="150" fill="${p.lin([[0, lt(oak, 0.25)], [1, dk(oak, 0.3)]], 0, 0, 1, 1)}"/>
<circle cx="240" cy="210" r="132" fill="${p.rad([[0, "#ffffff"], [1, "#ece9e2"]])}" stroke="#000" stroke-opacity=".12" stroke-width="4"/><g fill="#2b2b2b">${ticks}</g>
<rect x="235" y="140" width="10" height="80" rx="5" fill="#2b2b2b" transform="rotate(${n(hour)} 240 210)"/><rect x="237" y="108" width="6" height="112" rx="3" fill="#2b2b2b" transform="rotate(${n(minute)} 240 210)"/>
<path d="M240,230V104" stroke="#d64533" stroke-width="2" transform="rotate(${n(p.between(0, 360))} 240 210)"/><circle cx="240" cy="210" r="8" fill="#2b2b2b"/>`;
};

const herbs: Drawing = (p) => {
  const pot = p.pick(["#f2efe9", "#c86b45", "#d9d4cb"]);
  const one = (cx: number, plant: string) => `${p.shadow(cx, 392, 56, 10)}${plant}${cylinder(cx, 300, 388, 46, 10, p.cyl(pot))}<ellipse cx="${cx}" cy="300" rx="46" ry="10" fill="${dk(pot, 0.2)}"/><ellipse cx="${cx}" cy="301" rx="40" ry="7" fill="#3b2a1e"/>`;
  return `${one(130, greenery(p, 130, 300, 5, 80, 27, 50, "#3f8f3a"))}${one(240, greenery(p, 240, 300, 6, 96, 15, 40, "#5aa05a"))}${one(350, greenery(p, 350, 300, 7, 72, 11, 66, "#2f6b2f"))}`;
};

const pillow: Drawing = (p) => {
  const c = p.pick(["#f4f2ee", "#e6e9ee", "#efe9df"]);
  return `${p.shadow(240, 372, 190, 28)}<path d="M80,300Q84,236 150,232Q200,232 230,262Q240,270 250,262Q280,232 336,236Q404,240 404,304Q404,356 360,360H124Q80,356 80,300Z" fill="${p.rad([[0, "#ffffff"], [0.7, c], [1, dk(c, 0.22)]], 0.45, 0.35, 0.75)}" stroke="${dk(c, 0.2)}" stroke-width="3"/>
<path d="M96,310Q240,330 390,310" stroke="${dk(c, 0.18)}" stroke-width="3" fill="none" stroke-dasharray="6 5"/><path d="M120,256Q150,244 186,250" stroke="#ffffff" stroke-width="6" stroke-linecap="round" fill="none"/>`;
};

const PUFFY = "M110,120Q240,100 370,120Q390,250 370,370Q240,392 110,370Q90,250 110,120Z";

const cushion: Drawing = (p) => {
  const indigo = p.pick(["#23396b", "#1f2f57", "#2c4a7a"]);
  const print = p.pattern(46, 46, `<rect width="46" height="46" fill="${indigo}"/><circle cx="23" cy="23" r="10" fill="none" stroke="#e8eef7" stroke-width="3"/><circle cx="23" cy="23" r="3" fill="#e8eef7"/><path d="M0,0L6,6M46,0L40,6M0,46L6,40M46,46L40,40" stroke="#e8eef7" stroke-width="3"/>`, 45);
  return `${p.shadow(240, 380, 160, 22)}<path d="${PUFFY}" fill="${print}"/><path d="${PUFFY}" fill="${p.rad([[0, "#ffffff", 0.18], [0.6, "#ffffff", 0], [1, "#000000", 0.45]], 0.42, 0.36, 0.7)}" stroke="${dk(indigo, 0.3)}" stroke-width="4"/>`;
};

const silkPillow: Drawing = (p) => {
  const c = p.pick(["#e3bf9f", "#d9a3a8", "#a9b6d0", "#dcc79a", "#b08fb3"]);
  const body = "M56,236Q200,206 344,226V378Q200,394 56,372Q38,304 56,236Z";
  const flap = "M344,226L424,238Q414,304 424,370L344,378Z";
  const sheen = p.lin([[0, dk(c, 0.18)], [0.3, lt(c, 0.5)], [0.45, c], [0.68, lt(c, 0.35)], [1, dk(c, 0.22)]], 0, 0, 1, 0.7);
  return `${p.shadow(240, 380, 200, 26)}<path d="${flap}" fill="${p.lin([[0, lt(c, 0.2)], [1, dk(c, 0.2)]], 0, 0, 1, 0)}" stroke="${dk(c, 0.22)}" stroke-width="3"/><path d="M360,236Q372,300 362,372M390,240Q398,300 392,368" stroke="${dk(c, 0.2)}" stroke-opacity=".45" stroke-width="3" fill="none"/>
<path d="${body}" fill="${sheen}"/><path d="${body}" fill="${p.rad([[0, "#ffffff", 0.35], [0.55, "#ffffff", 0], [1, "#000000", 0.3]], 0.45, 0.4, 0.62)}" stroke="${dk(c, 0.22)}" stroke-width="3"/>
<path d="M104,250Q200,234 300,240" stroke="#ffffff" stroke-opacity=".8" stroke-width="7" stroke-linecap="round" fill="none"/><path d="M110,318Q210,340 320,318" stroke="#ffffff" stroke-opacity=".35" stroke-width="12" stroke-linecap="round" fill="none"/>`;
};

const measuringCups: Drawing = (p) => {
  const copper = "#c67a3f";
  const side = p.cyl(copper);
  const inside = p.lin([[0, dk(copper, 0.45)], [1, lt(copper, 0.1)]]);
  const cup = (cx: number, r: number) => {
    const top = 392 - r * 1.3;
    return `${p.shadow(cx, 392, r + 14, 9)}<path d="M${n(cx - r)},${n(top)}L${n(cx - r - 64)},${n(top - 40)}" stroke="${dk(copper, 0.15)}" stroke-width="10" stroke-linecap="round"/><path d="M${n(cx - r)},${n(top)}L${n(cx - r * 0.86)},382Q${cx},396 ${n(cx + r * 0.86)},382L${n(cx + r)},${n(top)}Z" fill="${side}"/><ellipse cx="${cx}" cy="${n(top)}" rx="${r}" ry="${n(r * 0.26)}" fill="${inside}" stroke="${lt(copper, 0.35)}" stroke-width="2"/>`;
  };
  return `${cup(140, 58)}${cup(256, 48)}${cup(350, 40)}${cup(430, 32)}`;
};

const lamp: Drawing = (p) => {
  const c = p.pick(["#2f3136", "#e8e4dc", "#6b8f71", "#b5835a", "#c0392b"]);
  return `${p.shadow(160, 390, 100, 16)}
<path d="M150,378L180,232L322,132" stroke="${c}" stroke-width="12" stroke-linecap="round" stroke-linejoin="round" fill="none"/><circle cx="180" cy="232" r="11" fill="${dk(c, 0.3)}"/>
${cylinder(150, 372, 388, 74, 14, p.cyl(c), p.lin([[0, lt(c, 0.3)], [1, c]]))}<g transform="rotate(-16 330 170)"><path d="M272,204H388L430,400H230Z" fill="${p.lin([[0, "#fff3c4", 0.6], [1, "#fff3c4", 0]])}"/><path d="M312,118H348L390,204H270Z" fill="${p.cyl(c)}"/><ellipse cx="330" cy="204" rx="60" ry="11" fill="#fff6d0"/></g><circle cx="322" cy="132" r="10" fill="${dk(c, 0.3)}"/>`;
};

const teaSet: Drawing = (p) => {
  const porc = "#f6f7f9";
  const blue = p.pick(["#2d5fa8", "#1f4e8c", "#3a6f8f"]);
  const side = p.cyl(porc, 0.6);
  const cup = (cx: number, top: number) => `${p.shadow(cx, 392, 46, 8)}<path d="M${cx - 36},${top}Q${cx - 32},${top + 44} ${cx},${top + 46}Q${cx + 32},${top + 44} ${cx + 36},${top}Z" fill="${side}"/><ellipse cx="${cx}" cy="${top}" rx="36" ry="8" fill="#e6e9ee"/><path d="M${cx - 30},${top + 16}Q${cx},${top + 24} ${cx + 30},${top + 16}" stroke="${blue}" stroke-width="4" fill="none"/>`;
  return `${p.shadow(230, 390, 140, 22)}<path d="M145,258Q92,256 96,300Q100,342 150,334" stroke="#dfe3e8" stroke-width="14" fill="none"/>
<path d="M312,300Q348,290 362,240L380,234Q374,272 340,332Z" fill="${p.lin([[0, "#ffffff"], [1, "#cfd5dc"]])}"/><ellipse cx="230" cy="300" rx="100" ry="86" fill="${p.ball(porc)}"/>
<path d="M140,270Q230,292 320,270M144,336Q230,356 316,336" stroke="${blue}" stroke-width="4" fill="none"/><g stroke="${blue}" stroke-width="4" fill="none"><path d="M180,312q14,-26 30,0q16,26 30,0q14,-26 30,0"/><circle cx="210" cy="300" r="7"/><circle cx="262" cy="318" r="6"/></g>
<ellipse cx="230" cy="220" rx="50" ry="12" fill="${p.lin([[0, "#ffffff"], [1, "#d9dee4"]])}"/><ellipse cx="230" cy="206" rx="14" ry="12" fill="${p.ball(porc)}"/>
${cup(88, 346)}${cup(402, 346)}`;
};

const scarf: Drawing = (p) => {
  const c = p.pick(["#d9647a", "#e8a0a8", "#c43d5a", "#e9b89f", "#8e3b5f"]);
  const prints = [[170, 190], [290, 170], [220, 280], [320, 320], [150, 340]].map(([x, y]) => lotus(x!, y!, 26, lt(c, 0.65))).join("");
  return `<path d="M130,110L370,110Q382,210 362,300Q356,340 372,372Q330,392 300,370Q272,392 242,372Q210,392 182,370Q150,388 118,372Q142,330 138,300Q118,210 130,110Z" fill="${p.lin([[0, dk(c, 0.15)], [0.2, lt(c, 0.2)], [0.42, c], [0.6, lt(c, 0.28)], [0.8, dk(c, 0.1)], [1, lt(c, 0.1)]], 0, 0, 1, 0)}"/>
${prints}<path d="M200,120Q210,250 196,370M292,120Q284,250 300,366" stroke="${dk(c, 0.3)}" stroke-opacity=".25" stroke-width="6" fill="none"/>
<rect x="86" y="98" width="308" height="14" rx="7" fill="${p.lin([[0, lt(WOOD, 0.25)], [1, dk(WOOD, 0.3)]])}"/><circle cx="86" cy="105" r="11" fill="${dk(WOOD, 0.15)}"/><circle cx="394" cy="105" r="11" fill="${dk(WOOD, 0.15)}"/>`;
};

const jewelBox: Drawing = (p) => {
  const red = p.pick(["#9e1b1b", "#7a1414", "#1c1c1c", "#8a2a14"]);
  const gold = "#d4a24a";
  let shell = "";
  for (let i = 0; i < 16; i++) {
    const x = p.between(170, 310);
    const y = p.between(234, 262) + (x - 170) * 0.06;
    shell += `<path d="M${n(x)},${n(y)}l${n(p.between(8, 14))},${n(p.between(-3, 3))}l${n(p.between(-2, 3))},${n(p.between(5, 9))}l${n(p.between(-13, -8))},${n(p.between(-1, 2))}Z"/>`;
  }
  return `${p.shadow(250, 384, 180, 24)}<path d="M100,276L320,306V384L100,356Z" fill="${p.lin([[0, red], [1, dk(red, 0.35)]])}"/><path d="M320,306L404,264V338L320,384Z" fill="${dk(red, 0.42)}"/>
<path d="M96,252L320,282V310L96,280Z" fill="${p.lin([[0, lt(red, 0.15)], [1, dk(red, 0.2)]])}"/><path d="M320,282L408,240V268L320,310Z" fill="${dk(red, 0.35)}"/><path d="M96,252L188,214L408,240L320,282Z" fill="${p.lin([[0, lt(red, 0.25)], [1, red]], 0, 0, 1, 1)}"/>
<g fill="#f3ecdc">${shell}</g><path d="M96,280L320,310L408,268" stroke="${gold}" stroke-width="3" fill="none"/><rect x="198" y="300" width="20" height="16" rx="3" fill="${gold}"/>`;
};

const roundBag: Drawing = (p) => {
  const rattan = p.pick(["#c79a5b", "#b8864a", "#d6ae74"]);
  const leather = p.pick(["#6b3f22", "#3b2a20", "#8a5a32"]);
  let rings = "";
  for (let r = 26; r < 120; r += 14) rings += `<circle cx="240" cy="268" r="${r}"/>`;
  return `${p.shadow(240, 392, 130, 18)}<path d="M142,206C126,30 354,30 338,206" stroke="${leather}" stroke-width="12" fill="none"/><circle cx="240" cy="268" r="122" fill="${p.ball(rattan)}"/>
<g fill="none" stroke="${dk(rattan, 0.3)}" stroke-opacity=".55" stroke-width="5" stroke-dasharray="9 5">${rings}</g><circle cx="240" cy="268" r="14" fill="${dk(rattan, 0.3)}"/>
<rect x="130" y="196" width="26" height="30" rx="5" fill="${leather}" transform="rotate(-36 143 211)"/><rect x="324" y="196" width="26" height="30" rx="5" fill="${leather}" transform="rotate(36 337 211)"/><circle cx="143" cy="212" r="4" fill="${gold()}"/><circle cx="337" cy="212" r="4" fill="${gold()}"/>`;
};

function gold(): string {
  return "#d4a24a";
}

const coffeeBag: Drawing = (p) => {
  const k = p.pick(["#b98a5a", "#2a2a2a", "#4e6b4f", "#a8543a"]);
  let beans = "";
  for (let i = 0; i < 11; i++) {
    const x = p.between(70, 420);
    const y = p.between(370, 410);
    beans += `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(p.between(0, 180))})"><ellipse rx="13" ry="9"/><path d="M-10,0Q0,-4 10,0" stroke="#1c0e06" stroke-width="2" fill="none"/></g>`;
  }
  return `${p.shadow(230, 392, 130, 20)}<path d="M140,120H320L326,370Q328,390 310,390H150Q132,390 134,370Z" fill="${p.lin([[0, dk(k, 0.18)], [0.25, lt(k, 0.15)], [0.6, k], [1, dk(k, 0.32)]], 0, 0, 1, 0)}"/>
<rect x="138" y="104" width="184" height="30" rx="3" fill="${dk(k, 0.1)}"/><path d="M142,119H318" stroke="${dk(k, 0.35)}" stroke-width="26" stroke-dasharray="2 4"/><circle cx="230" cy="180" r="11" fill="${lt(k, 0.2)}"/><circle cx="230" cy="180" r="4" fill="${dk(k, 0.3)}"/>
<rect x="168" y="220" width="124" height="110" rx="6" fill="#f4ede1"/><ellipse cx="230" cy="275" rx="22" ry="15" fill="#5a341c"/><path d="M212,275Q230,266 248,275" stroke="#f4ede1" stroke-width="3" fill="none"/>
<g fill="${p.ball("#5a331b")}">${beans}</g>`;
};

const phin: Drawing = (p) => {
  const steel = p.cyl(STEEL);
  return `${p.shadow(240, 392, 110, 16)}<path d="M176,300L183,386H297L304,300Z" fill="${p.lin([[0, "#5a2e15"], [1, "#2a1409"]])}"/><path d="M181,356L183,386H297L299,356Z" fill="#e8d9b8"/>
<path d="M170,250L180,386Q180,392 190,392H290Q300,392 300,386L310,250Z" fill="${glass(p)}" ${GLASS_STROKE}/><path d="M186,270L194,376" stroke="#ffffff" stroke-opacity=".7" stroke-width="6" stroke-linecap="round"/>
<ellipse cx="240" cy="250" rx="94" ry="16" fill="${p.lin([[0, "#eef1f4"], [1, "#8d949c"]])}"/>${cylinder(240, 176, 246, 52, 12, steel)}${cylinder(240, 160, 180, 56, 12, steel, p.lin([[0, "#f4f6f8"], [1, "#aab1b8"]]))}
<ellipse cx="240" cy="156" rx="16" ry="6" fill="#8d949c"/><path d="M240,266q5,10 0,14q-5,-4 0,-14Z" fill="#3a1c0c"/>`;
};

const aoDai: Drawing = (p) => {
  const c = p.pick(["#b3202a", "#f2efe8", "#1f4e8c", "#e7b84a", "#6a2c70"]);
  const embroidery = [[230, 300], [262, 340], [214, 364], [250, 386]].map(([x, y]) => lotus(x!, y!, 18, c === "#f2efe8" ? "#d9647a" : lt(c, 0.6))).join("");
  return `<path d="M240,72Q240,44 258,44Q272,46 270,60" stroke="#9aa0a6" stroke-width="5" fill="none"/><path d="M150,110L240,74L330,110" stroke="${WOOD}" stroke-width="8" stroke-linecap="round" fill="none"/>
<path d="M218,82H262L264,100L330,112Q350,120 352,140L364,300L342,302L318,162L290,172Q284,210 282,236Q300,320 320,408L240,420L160,408Q180,320 198,236Q196,210 190,172L162,162L138,302L116,300L128,140Q130,120 150,112L216,100Z" fill="${p.lin([[0, dk(c, 0.2)], [0.3, lt(c, 0.22)], [0.55, c], [1, dk(c, 0.28)]], 0, 0, 1, 0)}"/>
<rect x="218" y="78" width="44" height="22" rx="5" fill="${dk(c, 0.12)}"/><path d="M250,100Q272,130 290,172M198,236Q240,246 282,236" stroke="${dk(c, 0.35)}" stroke-opacity=".4" stroke-width="3" fill="none"/>${embroidery}`;
};

const hat: Drawing = (p) => {
  const straw = p.pick(["#e0c184", "#d9b877", "#e8cf98"]);
  const ribbon = p.pick(["#c0392b", "#2d5fa8", "#2f7d4a", "#8e3b5f"]);
  let rings = "";
  for (let k = 1; k < 9; k++) {
    const t = k / 9;
    rings += `M${n(240 - 170 * t)},${n(120 + 230 * t)}Q240,${n(120 + 230 * t + 60 * t)} ${n(240 + 170 * t)},${n(120 + 230 * t)}`;
  }
  return `${p.shadow(240, 388, 180, 22)}<path d="M120,356Q240,470 360,358" stroke="${ribbon}" stroke-width="6" fill="none"/><g transform="rotate(-5 240 300)"><path d="M240,118L410,350Q240,410 70,350Z" fill="${p.lin([[0, lt(straw, 0.25)], [0.5, straw], [1, dk(straw, 0.28)]], 0, 0, 1, 0.4)}"/>
<path d="${rings}" stroke="${dk(straw, 0.25)}" stroke-opacity=".5" stroke-width="2" fill="none"/><path d="M70,350Q240,410 410,350" stroke="${dk(straw, 0.35)}" stroke-width="4" fill="none"/></g>`;
};

const cutlery: Drawing = (p) => {
  const bamboo = "#d2b07a";
  const pouch = p.pick(["#3e5c4a", "#7b3f2e", "#2f4a6b", "#8c7a5e"]);
  const wood = p.lin([[0, lt(bamboo, 0.3)], [1, dk(bamboo, 0.25)]]);
  return `${p.shadow(240, 384, 210, 24)}<path d="M70,236H410L440,384H40Z" fill="${p.vert(pouch, 0.18)}"/><path d="M78,248H402L428,372H52Z" fill="none" stroke="${lt(pouch, 0.3)}" stroke-width="2" stroke-dasharray="7 5"/><path d="M40,384H440V392H40Z" fill="${dk(pouch, 0.35)}"/>
<g transform="rotate(-4 240 310)" fill="${wood}"><path d="M80,262L410,258V264L80,272ZM80,282L410,280V286L80,292Z"/><ellipse cx="118" cy="318" rx="40" ry="20"/><ellipse cx="114" cy="318" rx="30" ry="13" fill="${dk(bamboo, 0.12)}"/><path d="M154,313L410,315V323L154,326Z"/>
<path d="M92,342H150V347H92ZM92,351H150V356H92ZM92,360H150V365H92ZM92,369H150V374H92ZM142,340H168Q178,340 178,350V366Q178,376 168,376H142Z"/><path d="M176,353L410,354V362L176,364Z"/></g>`;
};

const bottles: Drawing = (p) => {
  const box = p.pick(["#b3202a", "#c8a26a", "#1f4e6b"]);
  const cap = p.pick(["#c0392b", "#1c1c1c", "#d4a24a"]);
  const amber = p.cyl("#8a4b12");
  const bottle = (cx: number) => `<path d="M${cx - 30},392V200Q${cx - 30},170 ${cx - 12},156V120H${cx + 12}V156Q${cx + 30},170 ${cx + 30},200V392Z" fill="${amber}"/><rect x="${cx - 14}" y="100" width="28" height="24" rx="4" fill="${cap}"/><rect x="${cx - 24}" y="212" width="8" height="80" rx="4" fill="#ffffff" fill-opacity=".35"/>`;
  return `${p.shadow(240, 392, 180, 22)}<path d="M122,286H378V300H122Z" fill="${dk(box, 0.4)}"/>${bottle(168)}${bottle(240)}${bottle(312)}
<path d="M110,300H370V392H110Z" fill="${p.vert(box, 0.15)}"/><path d="M370,300L392,284V374L370,392Z" fill="${dk(box, 0.35)}"/><path d="M110,300H370L392,284" stroke="${lt(box, 0.3)}" stroke-width="3" fill="none"/><rect x="180" y="326" width="120" height="40" rx="4" fill="${gold()}" fill-opacity=".85"/>`;
};

function petals(p: Paint, cx: number, cy: number, size: number, c: string, angles: number[]): string {
  const fill = p.lin([[0, lt(c, 0.35)], [1, dk(c, 0.15)]]);
  return angles.map((a) => `<path stroke="${dk(c, 0.3)}" stroke-width="1.5" transform="translate(${cx} ${cy}) rotate(${a})" d="M0,0C${n(size * 0.45)},${n(-size * 0.35)} ${n(size * 0.3)},${n(-size * 0.85)} 0,${n(-size)}C${n(-size * 0.3)},${n(-size * 0.85)} ${n(-size * 0.45)},${n(-size * 0.35)} 0,0Z" fill="${fill}"/>`).join("");
}

const incense: Drawing = (p) => {
  const celadon = p.pick(["#9cc3a9", "#a9c7c0", "#8fb8a0", "#7fa88f"]);
  return `${p.shadow(240, 390, 150, 20)}<ellipse cx="240" cy="372" rx="110" ry="18" fill="${dk(celadon, 0.3)}"/>${petals(p, 240, 372, 96, lt(celadon, 0.15), [-54, -18, 18, 54])}
<path d="M240,330L292,122" stroke="#7a3b2a" stroke-width="4"/><circle cx="292" cy="122" r="4" fill="#ff7a30"/><path d="M292,116C276,90 312,74 296,48C284,28 304,14 300,0" stroke="#ffffff" stroke-opacity=".6" stroke-width="4" fill="none"/>
${petals(p, 240, 378, 76, celadon, [-72, -36, 0, 36, 72])}`;
};

const teaTin: Drawing = (p) => {
  const c = p.pick(["#2f6b4f", "#b8325a", "#c9963a", "#1f4e6b"]);
  let leaves = "";
  for (let i = 0; i < 9; i++) {
    const x = n(p.between(320, 430));
    const y = n(p.between(378, 398));
    leaves += `<ellipse cx="${x}" cy="${y}" rx="9" ry="4" transform="rotate(${n(p.between(0, 180))} ${x} ${y})"/>`;
  }
  return `${p.shadow(220, 392, 110, 18)}${cylinder(210, 190, 386, 80, 16, p.cyl(c))}${cylinder(210, 162, 206, 83, 16, p.cyl(dk(c, 0.12)), p.lin([[0, lt(c, 0.3)], [1, c]]))}
<path d="M130,214A80,16 0 0 0 290,214" stroke="${gold()}" stroke-width="3" fill="none"/><path d="M130,362A80,16 0 0 0 290,362" stroke="${gold()}" stroke-width="3" fill="none"/>${lotus(210, 320, 58, gold())}
<g fill="#4b5b2e">${leaves}</g>${petals(p, 378, 360, 54, "#e7a0b4", [-50, -20, 10, 40])}`;
};

const basket: Drawing = (p) => {
  const hy = p.pick(["#b08d57", "#9c7a48", "#c2a06a"]);
  let rows = "";
  for (let y = 206; y < 372; y += 18) {
    const t = (y - 190) / 190;
    rows += `M${n(110 + 20 * t)},${y}Q240,${y + 18} ${n(370 - 20 * t)},${y}`;
  }
  return `${p.shadow(240, 392, 160, 22)}<path d="M100,232Q74,232 78,254Q84,274 112,270M380,232Q406,232 402,254Q396,274 368,270" stroke="${dk(hy, 0.3)}" stroke-width="9" fill="none"/><path d="M110,190H370L350,380Q240,404 130,380Z" fill="${p.cyl(hy)}"/>
<path d="${rows}" stroke="${dk(hy, 0.3)}" stroke-opacity=".6" stroke-width="12" stroke-dasharray="12 4" fill="none"/><ellipse cx="240" cy="190" rx="130" ry="24" fill="${dk(hy, 0.55)}"/><ellipse cx="240" cy="190" rx="124" ry="21" fill="none" stroke="${lt(hy, 0.15)}" stroke-width="10"/>`;
};

const chopsticks: Drawing = (p) => {
  const lacquer = p.pick(["#1c1c1c", "#7a1414", "#3a1f14"]);
  const pearl = p.lin([[0, "#f4e6da"], [0.25, "#c9b3e6"], [0.5, "#a8dcd4"], [0.75, "#f0d49a"], [1, "#f7c6d9"]], 0, 0, 1, 0);
  const black = p.lin([[0, "#4a4a4a"], [1, "#111111"]]);
  const stick = (y: number) => `<path d="M60,${y}L176,${y - 1}V${y + 11}L60,${y + 12}Z" fill="${pearl}"/><path d="M176,${y - 1}L436,${y + 3}V${y + 8}L176,${y + 11}Z" fill="${black}"/>`;
  return `${p.shadow(250, 300, 200, 20)}<path d="M80,236L400,212L424,236L104,262Z" fill="${p.lin([[0, lt(lacquer, 0.25)], [1, lacquer]])}"/><path d="M104,262L424,236V266L104,294Z" fill="${p.lin([[0, lacquer], [1, dk(lacquer, 0.4)]])}"/><path d="M80,236V266L104,294V262Z" fill="${dk(lacquer, 0.5)}"/><path d="M96,240L404,217" stroke="${gold()}" stroke-width="3"/>
${p.shadow(248, 388, 200, 16)}<g transform="rotate(-7 240 340)">${[318, 334, 358, 374].map(stick).join("")}</g>`;
};

const cinnamon: Drawing = (p) => {
  const cin = p.pick(["#8b4a23", "#7a3f1e", "#9a5a2e"]);
  const body = p.lin([[0, lt(cin, 0.25)], [0.5, cin], [1, dk(cin, 0.35)]]);
  let rows = "";
  const ends: string[] = [];
  [4, 3, 2].forEach((count, row) => {
    for (let i = 0; i < count; i++) {
      const cx = 140 + i * 28 + row * 14 - 40;
      const cy = 366 - row * 24;
      rows += `<rect x="${cx}" y="${cy - 13}" width="260" height="26" rx="12" fill="${body}"/>`;
      ends.push(`<ellipse cx="${cx}" cy="${cy}" rx="9" ry="13" fill="${lt(cin, 0.2)}"/><path d="M${cx - 3},${cy - 6}q8,4 2,10q-6,2 -4,-6" stroke="${dk(cin, 0.3)}" stroke-width="2" fill="none"/>`);
    }
  });
  return `${p.shadow(250, 386, 190, 22)}<g transform="rotate(-8 240 340)">${rows}${ends.join("")}<path d="M200,300V392M300,300V392" stroke="#d8c8a8" stroke-width="7"/></g>`;
};

const runner: Drawing = (p) => {
  const base = p.pick(["#b3202a", "#1c1c1c", "#1f4e6b"]);
  const brocade = p.pattern(40, 40, `<rect width="40" height="40" fill="${base}"/><path d="M20,4L36,20L20,36L4,20Z" fill="#e7b84a"/><path d="M20,12L28,20L20,28L12,20Z" fill="${base}"/><rect y="0" width="40" height="3" fill="#2f7d4a"/>`);
  return `<path d="M20,250H460L480,320H0Z" fill="${p.lin([[0, lt(WOOD, 0.1)], [1, dk(WOOD, 0.1)]])}"/><path d="M0,320H480V344H0Z" fill="${dk(WOOD, 0.35)}"/><path d="M40,344H70V480H40ZM410,344H440V480H410Z" fill="${dk(WOOD, 0.45)}"/>
<path d="M170,250H310L330,320H150Z" fill="${brocade}"/><path d="M150,320H330V442H150Z" fill="${brocade}"/><path d="M150,320H330V442H150Z" fill="${p.lin([[0, "#000000", 0.25], [0.4, "#000000", 0], [1, "#000000", 0.2]])}"/><path d="M170,250H310L330,320H150Z" fill="#ffffff" fill-opacity=".12"/>
<path d="M154,442V462M166,442V462M178,442V462M190,442V462M202,442V462M214,442V462M226,442V462M238,442V462M250,442V462M262,442V462M274,442V462M286,442V462M298,442V462M310,442V462M322,442V462" stroke="#e7b84a" stroke-width="4"/>`;
};

const coconutBowls: Drawing = (p) => {
  const shell = "#5a3a22";
  const inner = p.lin([[0, "#6b4022"], [1, "#c08a55"]]);
  const bowl = (cx: number, r: number) => {
    const top = 390 - r * 0.9;
    return `${p.shadow(cx, 390, r + 14, 12)}<path d="M${cx - r},${n(top)}A${r},${n(r * 0.9)} 0 0 0 ${cx + r},${n(top)}Z" fill="${p.ball(shell)}"/><path d="M${cx - r + 16},${n(top + 20)}A${r - 16},${n(r * 0.72)} 0 0 0 ${cx + r - 16},${n(top + 20)}" stroke="${lt(shell, 0.25)}" stroke-opacity=".5" stroke-width="3" stroke-dasharray="5 7" fill="none"/><ellipse cx="${cx}" cy="${n(top)}" rx="${r}" ry="${n(r * 0.26)}" fill="${inner}"/>`;
  };
  return `${bowl(170, 104)}${bowl(340, 86)}<path d="M300,314L410,214" stroke="${p.lin([[0, lt(WOOD, 0.2)], [1, WOOD]])}" stroke-width="10" stroke-linecap="round"/><ellipse cx="300" cy="318" rx="24" ry="10" fill="${WOOD}"/>`;
};

const notebook: Drawing = (p) => {
  const cover = p.pick(["#e9dfc8", "#c9b89a", "#8c6e54", "#5d7a6a", "#b85c4a"]);
  let fibres = "";
  for (let i = 0; i < 18; i++) {
    const x = p.between(140, 350);
    const y = p.between(250, 320);
    fibres += `M${n(x)},${n(y)}q${n(p.between(4, 10))},${n(p.between(-4, 4))} ${n(p.between(10, 18))},0`;
  }
  let stitches = "";
  for (let t = 0.12; t < 0.95; t += 0.16) stitches += `M${n(110 - 30 * t + 6)},${n(230 + 130 * t)}h14`;
  return `${p.shadow(250, 380, 200, 24)}<path d="M80,360L420,330V348L80,380Z" fill="${p.lin([[0, "#f7f2e6"], [1, "#d8cfbc"]])}"/><path d="M80,366L420,336M80,372L420,342" stroke="#c8bda6" stroke-width="1.5"/>
<path d="M110,230L380,210L420,330L80,360Z" fill="${p.lin([[0, lt(cover, 0.15)], [1, dk(cover, 0.12)]], 0, 0, 1, 1)}"/><path d="${fibres}" stroke="${dk(cover, 0.25)}" stroke-opacity=".35" stroke-width="1.5" fill="none"/><path d="${stitches}" stroke="#8b3a2a" stroke-width="3"/>
<path d="M292,384L440,300" stroke="#e0b64a" stroke-width="10" stroke-linecap="round"/><path d="M440,300L452,293" stroke="#333" stroke-width="4" stroke-linecap="round"/>`;
};

const mugKind: Drawing = (p) => {
  const c = p.pick(["#f2efe9", "#d9c7a7", "#2f3237", "#a9b8a0"]);
  return `<g transform="translate(-192 -186) scale(1.8)">${mug(p, 240, 320, c)}</g><path d="M226,220q-14,-20 0,-40q14,-20 0,-40M256,220q-14,-20 0,-40q14,-20 0,-40" stroke="#ffffff" stroke-opacity=".6" stroke-width="6" fill="none" stroke-linecap="round"/>`;
};

const tote: Drawing = (p) => {
  const c = p.pick(["#e9dfc8", "#d8cbb6", "#2f4a6b", "#3e5c4a"]);
  return `${p.shadow(240, 392, 150, 20)}<path d="M180,190Q180,90 240,90Q300,90 300,190" stroke="${dk(c, 0.25)}" stroke-width="14" fill="none"/><path d="M120,190H360L380,392H100Z" fill="${p.lin([[0, dk(c, 0.15)], [0.3, lt(c, 0.15)], [1, dk(c, 0.25)]], 0, 0, 1, 0)}"/><path d="M122,206H358" stroke="${dk(c, 0.2)}" stroke-width="3" stroke-dasharray="6 5"/>`;
};

const vase: Drawing = (p) => {
  const c = p.pick(["#e8e2d6", "#9cc3a9", "#c86b45", "#2f4a6b"]);
  return `${p.shadow(240, 392, 100, 16)}${greenery(p, 240, 170, 5, 120, 16, 40, "#5a7d4a")}<path d="M214,160H266V186Q330,230 322,310Q316,392 240,392Q164,392 158,310Q150,230 214,186Z" fill="${p.cyl(c)}"/><ellipse cx="240" cy="160" rx="26" ry="6" fill="${dk(c, 0.35)}"/>`;
};

const plant: Drawing = (p) => {
  const pot = p.pick(["#c86b45", "#e8e2d6", "#2f3237"]);
  return `${p.shadow(240, 392, 110, 18)}${greenery(p, 240, 260, 8, 160, 32, 70, "#2f7d4a")}${cylinder(240, 262, 390, 84, 16, p.cyl(pot))}<ellipse cx="240" cy="262" rx="84" ry="16" fill="${dk(pot, 0.25)}"/><ellipse cx="240" cy="264" rx="74" ry="11" fill="#3b2a1e"/>`;
};

export const DRAWINGS = {
  skillet, pourOver, towels, diffuser, deskMat, bulbs, plates, sheets, board, jars, plantStand, weightedBlanket, blanket,
  tamper, candle, clock, herbs, pillow, silkPillow, cushion, measuringCups, lamp, teaSet, scarf, jewelBox, roundBag,
  coffeeBag, phin, aoDai, hat, cutlery, bottles, incense, teaTin, basket, chopsticks, cinnamon, runner, coconutBowls,
  notebook, mug: mugKind, tote, vase, plant,
} satisfies Record<string, Drawing>;

export type Kind = keyof typeof DRAWINGS;
