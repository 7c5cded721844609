import { describe, expect, it } from "vitest";
import { BRIGHTSIDE_HOME, SAIGON_CRAFT } from "@/db/seed/catalogue";
import { productImageSvg, productKind } from "@/db/seed/images";

const catalogue = [...BRIGHTSIDE_HOME, ...SAIGON_CRAFT];

/**
 * A strict little well-formedness check: the document is only elements (no text), every attribute
 * is name="value" without markup characters, and every opened element is closed in order.
 */
function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>&]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < svg.length) {
    const gap = /\s*/y;
    gap.lastIndex = at;
    gap.exec(svg);
    at = gap.lastIndex;
    if (at >= svg.length) break;
    tag.lastIndex = at;
    const m = tag.exec(svg);
    if (!m) {
      problems.push(`not a tag at ${at}: ${svg.slice(at, at + 40)}`);
      break;
    }
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else if (!selfClosing) open.push(name!);
    at = tag.lastIndex;
  }
  if (open.length) problems.push(`unclosed: ${open.join(", ")}`);
  return problems;
}

describe("demo product images", () => {
  it("the well-formedness check itself catches broken markup", () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><rect x="1"/>text</svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><rect x="<"/></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><g><rect x="1"/></g></svg>')).toEqual([]);
  });

  it.each(catalogue.map((item) => [item.title, item.category]))("%s (%s) is a small, well-formed SVG without text", (title, category) => {
    const svg = productImageSvg(title, category).toString("utf8");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/NaN|undefined|Infinity|null|<text/);
    expect(Buffer.byteLength(svg)).toBeLessThan(6 * 1024);
    // Every gradient or pattern used is defined, and ids are unique.
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it("draws the same picture for the same product every time", () => {
    for (const { title, category } of catalogue) expect(productImageSvg(title, category).equals(productImageSvg(title, category))).toBe(true);
  });

  it("chooses the drawing by the words of the title, with diacritics ignored", () => {
    expect(productKind("Cast Iron Skillet 26 cm", "Kitchen")).toBe("skillet");
    expect(productKind("Scented Soy Candle", "Wellness")).toBe("candle");
    expect(productKind("Bát Tràng Tea Set", "Kitchen")).toBe("teaSet");
    expect(productKind("Lotus Tea 100 g", "Food")).toBe("teaTin");
    expect(productKind("Áo Dài, Embroidered", "Fashion")).toBe("aoDai");
    expect(productKind("Conical Hat (Nón Lá)", "Fashion")).toBe("hat");
    expect(productKind("Fish Sauce Gift Box", "Food")).toBe("bottles");
    expect(productKind("Weighted Blanket 7 kg", "Bedroom")).toBe("weightedBlanket");
    expect(productKind("Silk Pillowcase", "Bedroom")).toBe("silkPillow");
    expect(productKind("Phin Coffee Filter (2)", "Kitchen")).toBe("phin");
  });

  it("falls back to the category's drawing, and still draws something for an unknown category", () => {
    expect(productKind("Something Else", "Garden")).toBe("plant");
    expect(productKind("Something Else", "Kitchen")).toBe("mug");
    const svg = productImageSvg("Mystery <Item> & Co", "Unheard of").toString("utf8");
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain("Mystery");
  });

  it("gives different kinds of product different drawings, and nearly every product its own kind", () => {
    const skillet = productImageSvg("Cast Iron Skillet 26 cm", "Kitchen").toString("utf8");
    const candle = productImageSvg("Scented Soy Candle", "Kitchen").toString("utf8");
    expect(skillet).not.toEqual(candle);
    const kinds = new Set(catalogue.map((item) => productKind(item.title, item.category)));
    expect(kinds.size).toBe(catalogue.length);
    const pictures = new Set(catalogue.map((item) => productImageSvg(item.title, item.category).toString("utf8")));
    expect(pictures.size).toBe(catalogue.length);
  });
});
