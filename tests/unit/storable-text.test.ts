import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { unstorableFields } from "@/lib/actions/form-values";
import { signUpSchema } from "@/lib/validation/auth";
import { productSchema, shopSchema } from "@/lib/validation/catalogue";
import { checkoutSchema } from "@/lib/validation/checkout";
import { campaignSchema, targetedPlanSchema } from "@/lib/validation/plans";
import { UNSTORABLE_TEXT_MESSAGE, isStorableText, storableText } from "@/lib/validation/text";

const messageFor = (schema: z.ZodType, input: Record<string, unknown>, field: string) => {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues.find((i) => i.path[0] === field)?.message;
};

describe("text PostgreSQL can store", () => {
  it.each([
    ["a NUL byte", "a\u0000b", false],
    ["a lone high surrogate", "x\ud800", false],
    ["a lone low surrogate", "\udc00x", false],
    ["a surrogate pair (an emoji)", "gift 🎁", true],
    ["Vietnamese text", "Quà Tết", true],
    ["the replacement character of invalid UTF-8", "\ufffd", true],
    ["the empty text", "", true],
  ])("%s: %s", (_label, value, storable) => {
    expect(isStorableText(value)).toBe(storable);
    expect(storableText().safeParse(value).success).toBe(storable);
  });
});

describe("every form schema refuses unstorable text with a field message", () => {
  const shop = { currency: "USD" as const, domains: [] };
  const product = { title: "Linen tea towel", sku: "TT-1", price: "12.50", category: "Kitchen", stock: "3", description: "", openRate: "10", openFlatFee: "", openToAffiliates: "on", externalUrl: "" };

  it("a product title, description or category with a NUL byte", () => {
    expect(productSchema(shop).safeParse(product).success).toBe(true);
    expect(messageFor(productSchema(shop), { ...product, title: "Tea\u0000towel" }, "title")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(productSchema(shop), { ...product, description: "\u0000" }, "description")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(productSchema(shop), { ...product, category: "Kit\u0000chen" }, "category")).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it("a shop name, a sign-up name, a plan's name and message, a campaign's description", () => {
    expect(messageFor(shopSchema, { name: "Bright\u0000side" }, "name")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(signUpSchema, { name: "Ana\u0000", email: "ana@test.test", password: "Xy12345678!", role: "creator" }, "name")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(targetedPlanSchema("USD"), { name: "VIP\u0000", message: "hi\ud800" }, "name")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(targetedPlanSchema("USD"), { name: "VIP", message: "hi\ud800" }, "message")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(campaignSchema("USD"), { name: "Tet", description: "a\u0000" }, "description")).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it("the buyer's name and address at checkout", () => {
    const schema = checkoutSchema(new Date("2026-11-22T12:00:00Z"));
    expect(messageFor(schema, { name: "Ana\u0000B", line1: "1 Main St" }, "name")).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(messageFor(schema, { name: "Ana B", line1: "1 Main\u0000 St" }, "line1")).toBe(UNSTORABLE_TEXT_MESSAGE);
  });
});

describe("the form gate every form action passes first", () => {
  it("names each text field with unstorable text, checkbox lists included, and nothing else", () => {
    const form = new FormData();
    form.set("title", "Tea\u0000towel");
    form.set("sku", "TT-1");
    form.append("creators[]", "usr_ok");
    form.append("creators[]", "usr\u0000");
    form.set("$ACTION_ID_x", "\u0000");
    form.set("image", new File(["\u0000"], "a.png"));
    expect(unstorableFields(form)).toEqual({ title: UNSTORABLE_TEXT_MESSAGE, creators: UNSTORABLE_TEXT_MESSAGE });
  });
});
