/**
 * Product pictures drawn as SVG at seed time, so the demo needs no download: a drawing of the
 * object the product is (chosen by words in its title, else by its category) on a soft studio
 * background in the category's colours. Deterministic: the same title always gives the same
 * picture, with small variations (colours, angles) taken from a hash of the title. No text is
 * drawn, so nothing typed by anyone ends up inside the SVG.
 */
import { DRAWINGS, type Kind } from "./product-art/drawings";
import { hueShift, lt, Paint, seededRandom } from "./product-art/paint";

/** The studio backdrop's colour per category. */
const BACKDROPS: Record<string, string> = {
  Home: "#e8c98a",
  Kitchen: "#e8a898",
  Bath: "#9fc6dc",
  Wellness: "#c3b5e3",
  Office: "#b8c2cf",
  Lighting: "#e6d38a",
  Bedroom: "#aeb8e6",
  Garden: "#a5d6b0",
  Fashion: "#e6aecb",
  Food: "#eab98c",
};

/** Words in a title (lower case, without diacritics) and the drawing they call for; first match wins. */
const KEYWORDS: [RegExp, Kind][] = [
  [/skillet|frying pan|\bwok\b/, "skillet"],
  [/pour.?over|dripper/, "pourOver"],
  [/\bphin\b/, "phin"],
  [/coffee|beans/, "coffeeBag"],
  [/tamper/, "tamper"],
  [/tea ?set|teapot/, "teaSet"],
  [/\btea\b/, "teaTin"],
  [/towel/, "towels"],
  [/diffuser/, "diffuser"],
  [/desk mat|mouse ?pad/, "deskMat"],
  [/bulb/, "bulbs"],
  [/plate/, "plates"],
  [/sheet/, "sheets"],
  [/board/, "board"],
  [/\bjars?\b/, "jars"],
  [/plant stand/, "plantStand"],
  [/weighted/, "weightedBlanket"],
  [/blanket|throw/, "blanket"],
  [/candle/, "candle"],
  [/clock/, "clock"],
  [/herb|seedling/, "herbs"],
  [/pillowcase/, "silkPillow"],
  [/cushion/, "cushion"],
  [/pillow/, "pillow"],
  [/measuring/, "measuringCups"],
  [/lamp/, "lamp"],
  [/scarf/, "scarf"],
  [/sauce|bottle/, "bottles"],
  [/jewel/, "jewelBox"],
  [/shoulder bag|handbag|rattan bag/, "roundBag"],
  [/tote|\bbag\b/, "tote"],
  [/ao dai|dress/, "aoDai"],
  [/\bhat\b|non la/, "hat"],
  [/cutlery/, "cutlery"],
  [/chopstick/, "chopsticks"],
  [/incense/, "incense"],
  [/basket/, "basket"],
  [/cinnamon/, "cinnamon"],
  [/runner|tablecloth/, "runner"],
  [/bowl/, "coconutBowls"],
  [/notebook|journal/, "notebook"],
  [/\bmugs?\b|\bcups?\b/, "mug"],
  [/vase/, "vase"],
  [/plant/, "plant"],
];

/** The drawing for a product when no word of its title is known. */
const CATEGORY_KINDS: Record<string, Kind> = {
  Home: "vase",
  Kitchen: "mug",
  Bath: "towels",
  Wellness: "candle",
  Office: "notebook",
  Lighting: "bulbs",
  Bedroom: "pillow",
  Garden: "plant",
  Fashion: "tote",
  Food: "jars",
};

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();

/** Which drawing a product gets. */
export function productKind(title: string, category: string): Kind {
  const words = plain(title);
  return KEYWORDS.find(([pattern]) => pattern.test(words))?.[1] ?? CATEGORY_KINDS[category] ?? "vase";
}

export function productImageSvg(title: string, category: string): Buffer {
  const rnd = seededRandom(`${category}\u0000${title}`);
  const paint = new Paint(rnd);
  const base = hueShift(BACKDROPS[category] ?? "#c9ced6", paint.between(-12, 12));
  const backdrop = paint.lin([[0, lt(base, 0.66)], [0.6, lt(base, 0.42)], [1, lt(base, 0.3)]]);
  const floor = paint.lin([[0, "#ffffff", 0], [0.12, "#ffffff", 0.32], [1, "#ffffff", 0.08]]);
  const light = paint.glow("#ffffff", 0.7);
  const art = DRAWINGS[productKind(title, category)](paint);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480"><defs>${paint.defs.join("")}</defs><rect width="480" height="480" fill="${backdrop}"/><ellipse cx="240" cy="200" rx="300" ry="240" fill="${light}"/><rect y="280" width="480" height="200" fill="${floor}"/>${art}</svg>`;
  return Buffer.from(svg, "utf8");
}
