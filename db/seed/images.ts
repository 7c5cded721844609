/**
 * Product pictures drawn as SVG at seed time, so the demo needs no download: a gradient in the
 * category's colours with the product's initials.
 */
const PALETTES: Record<string, [string, string]> = {
  Home: ["#fde68a", "#f59e0b"],
  Kitchen: ["#fecaca", "#ef4444"],
  Bath: ["#bae6fd", "#0284c7"],
  Wellness: ["#ddd6fe", "#7c3aed"],
  Office: ["#e2e8f0", "#475569"],
  Lighting: ["#fef9c3", "#ca8a04"],
  Bedroom: ["#c7d2fe", "#4f46e5"],
  Garden: ["#bbf7d0", "#16a34a"],
  Fashion: ["#fbcfe8", "#db2777"],
  Food: ["#fed7aa", "#ea580c"],
};

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function productImageSvg(title: string, category: string): Buffer {
  const [light, dark] = PALETTES[category] ?? ["#e2e8f0", "#334155"];
  const initials = title
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
<rect width="480" height="480" fill="url(#g)"/>
<circle cx="240" cy="210" r="110" fill="#ffffff" fill-opacity="0.35"/>
<text x="240" y="250" font-family="Helvetica, Arial, sans-serif" font-size="110" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(initials)}</text>
<text x="240" y="420" font-family="Helvetica, Arial, sans-serif" font-size="26" fill="#ffffff" text-anchor="middle">${escapeXml(category)}</text>
</svg>`;
  return Buffer.from(svg, "utf8");
}
