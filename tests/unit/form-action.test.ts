import { afterEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Database } from "@/db/client";
import type { Shop } from "@/db/schema";
import type { ActorKind, ActorKinds, SessionUser } from "@/lib/actor";
import { ForbiddenError, NO_SHOP_MESSAGE, UnauthenticatedError, UserFacingError } from "@/lib/errors";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/validation/text";
import { buildFormAction, type FormActionDeps } from "@/server/build-form-action";

/**
 * formAction, the gate of every server action, over a stand-in for the session: small functions
 * returning plain actors, the way server/context.ts answers (a typed refusal or the actor). No
 * database: none of the runs below queries one.
 */
const NO_DATABASE = null as unknown as Database;
const AT = new Date("2026-11-22T12:00:00Z");
const ROLE_OF = { creator: "creator", seller: "seller", admin: "admin", "new-seller": "seller" } as const;
const NO_ACCESS = "You do not have access to this action. Sign in again.";
const CORRECT = "Please correct the highlighted fields.";
const GENERIC = "Something went wrong on our side. Please try again.";

const creator: SessionUser = { id: "usr_creator", role: "creator", name: "Mai", email: "mai@example.com" };
const seller: SessionUser = { id: "usr_seller", role: "seller", name: "Lan", email: "lan@example.com" };
const shop = { id: "shp_1", name: "Lan's shop", currency: "VND", ownerUserId: seller.id } as Shop;

/** The session as server/context.ts reads it: who is signed in and, for a seller, their shop. */
function signedIn(user: SessionUser | null, sellerShop: Shop | null = null): FormActionDeps {
  return {
    async actorFor<K extends ActorKind>(kind: K): Promise<ActorKinds[K]> {
      if (!user) throw new UnauthenticatedError();
      if (user.role !== ROLE_OF[kind]) throw new ForbiddenError();
      if (kind === "seller" && !sellerShop) throw new UserFacingError(NO_SHOP_MESSAGE);
      const base = { db: NO_DATABASE, user, at: AT };
      return (kind === "seller" || kind === "new-seller" ? { ...base, shop: sellerShop } : base) as ActorKinds[K];
    },
    requestActor: async () => ({ db: NO_DATABASE, user, at: AT }),
  };
}

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

afterEach(() => vi.restoreAllMocks());

describe("formAction's role check", () => {
  const whoAmI = (deps: FormActionDeps) => {
    const run = vi.fn(async (_input: object, { actor }: { actor: ActorKinds["creator"] }) => actor.user.id);
    return { run, action: buildFormAction(deps)({ role: "creator", schema: z.object({}) }, run) };
  };

  it("refuses a signed-out visitor without running the action", async () => {
    const { run, action } = whoAmI(signedIn(null));
    expect(await action(null, form([]))).toEqual({ ok: false, error: NO_ACCESS, fieldErrors: {}, values: {} });
    expect(run).not.toHaveBeenCalled();
  });

  it("gives another role the same answer as a signed-out visitor", async () => {
    const { run, action } = whoAmI(signedIn(seller, shop));
    expect(await action(null, form([]))).toEqual({ ok: false, error: NO_ACCESS, fieldErrors: {}, values: {} });
    expect(run).not.toHaveBeenCalled();
  });

  it("sends a seller without a shop to set it up", async () => {
    const run = vi.fn(async () => null);
    const action = buildFormAction(signedIn(seller, null))({ role: "seller", schema: z.object({}) }, run);
    expect(await action(null, form([]))).toMatchObject({ ok: false, error: NO_SHOP_MESSAGE });
    expect(run).not.toHaveBeenCalled();
    // The shop's first setup is the one seller action without a shop.
    const setup = buildFormAction(signedIn(seller, null))({ role: "new-seller", schema: z.object({}) }, async (_input, { actor }) => actor.shop);
    expect(await setup(null, form([]))).toEqual({ ok: true, data: null });
  });

  it("runs the action of the right role with its actor: db, user, time and shop", async () => {
    const { action } = whoAmI(signedIn(creator));
    expect(await action(null, form([]))).toEqual({ ok: true, data: creator.id });
    const sellerAction = buildFormAction(signedIn(seller, shop))(
      // The schema is built from the actor too (prices are read in the shop's currency).
      { role: "seller", schema: ({ actor }) => z.object({ currency: z.literal(actor.shop.currency) }) },
      async (input, { actor }) => ({ shopId: actor.shop.id, userId: actor.user.id, at: actor.at, currency: input.currency }),
    );
    expect(await sellerAction(null, form([["currency", "VND"]]))).toEqual({ ok: true, data: { shopId: shop.id, userId: seller.id, at: AT, currency: "VND" } });
  });

  it("lets anyone run an action without a role, with whoever is signed in", async () => {
    const action = (deps: FormActionDeps) => buildFormAction(deps)({ role: null, schema: z.object({}) }, async (_input, { actor }) => ({ user: actor.user?.id ?? null, at: actor.at }));
    expect(await action(signedIn(null))(null, form([]))).toEqual({ ok: true, data: { user: null, at: AT } });
    expect(await action(signedIn(creator))(null, form([]))).toEqual({ ok: true, data: { user: creator.id, at: AT } });
  });

  it("answers a failure to read the session with the generic message, not its text", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const deps: FormActionDeps = { ...signedIn(creator), actorFor: async () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432")) };
    const result = await buildFormAction(deps)({ role: "creator", schema: z.object({}) }, async () => null)(null, form([]));
    expect(result).toEqual({ ok: false, error: GENERIC, fieldErrors: {}, values: {} });
    expect(JSON.stringify(result)).not.toContain("ECONNREFUSED");
    expect(error).toHaveBeenCalled();
  });
});

describe("formAction's fields", () => {
  const echo = buildFormAction(signedIn(creator))({ role: "creator", schema: z.looseObject({}) }, async (input) => input);

  it("reads fields named x[] as an array under x, in the form's order", async () => {
    const result = await echo(null, form([["ids[]", "wd_2"], ["ids[]", "wd_1"], ["single[]", "only"], ["note", "hi"]]));
    expect(result).toEqual({ ok: true, data: { ids: ["wd_2", "wd_1"], single: ["only"], note: "hi" } });
  });

  it("gives an array schema the checked rows (the withdrawal queue's ids[])", async () => {
    const action = buildFormAction(signedIn(creator))({ role: "creator", schema: z.object({ ids: z.array(z.string()).min(1, "Select one") }) }, async ({ ids }) => ids);
    expect(await action(null, form([["ids[]", "a"], ["ids[]", "b"]]))).toEqual({ ok: true, data: ["a", "b"] });
    expect(await action(null, form([]))).toMatchObject({ ok: false, error: CORRECT, fieldErrors: { ids: expect.any(String) } });
  });

  it("leaves out React's own $ACTION fields", async () => {
    expect(await echo(null, form([["$ACTION_ID_abc", ""], ["name", "Mai"]]))).toEqual({ ok: true, data: { name: "Mai" } });
  });

  it("puts each schema message next to its field", async () => {
    const action = buildFormAction(signedIn(creator))(
      { role: "creator", schema: z.object({ name: z.string().min(2, "Enter your name"), address: z.object({ city: z.string({ error: "Enter the city" }) }) }) },
      async () => null,
    );
    expect(await action(null, form([["name", "M"]]))).toMatchObject({ ok: false, error: CORRECT, fieldErrors: { name: "Enter your name", address: expect.any(String) } });
  });
});

describe("what a refused form gets back", () => {
  const checkoutLike = z.object({ name: z.string().min(2, "Enter your name"), cardNumber: z.string(), cvc: z.string(), expiry: z.string(), password: z.string() });
  const secrets: [string, string][] = [
    ["name", "M"],
    ["cardNumber", "4242 4242 4242 4242"],
    ["cvc", "123"],
    ["expiry", "12/30"],
    ["password", "hunter2-hunter2"],
    ["email", "mai@example.com"],
  ];

  it("never echoes passwords or card data after a schema failure", async () => {
    const result = await buildFormAction(signedIn(null))({ role: null, schema: checkoutLike }, async () => null)(null, form(secrets));
    expect(result).toMatchObject({ ok: false, error: CORRECT, values: { name: "M", email: "mai@example.com" } });
    if (result.ok) throw new Error("expected a refusal");
    expect(Object.keys(result.values).sort()).toEqual(["email", "name"]);
    expect(JSON.stringify(result)).not.toMatch(/4242|12\/30|123|hunter2/);
  });

  it("never echoes them after a refusal by the action either", async () => {
    const action = buildFormAction(signedIn(null))({ role: null, schema: z.looseObject({}) }, async () => {
      throw new UserFacingError("Payment declined.");
    });
    const result = await action(null, form(secrets));
    expect(result).toEqual({ ok: false, error: "Payment declined.", fieldErrors: {}, values: { name: "M", email: "mai@example.com" } });
  });

  it("refuses text PostgreSQL cannot store before the schema or the action sees it", async () => {
    const schema = vi.fn(() => z.looseObject({}));
    const run = vi.fn(async () => null);
    const result = await buildFormAction(signedIn(creator))({ role: "creator", schema }, run)(null, form([["name", "Mai\u0000"], ["tags[]", "ok"], ["tags[]", "bad\u0000"], ["city", "Hanoi"]]));
    expect(result).toMatchObject({ ok: false, error: CORRECT, fieldErrors: { name: UNSTORABLE_TEXT_MESSAGE, tags: UNSTORABLE_TEXT_MESSAGE } });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.fieldErrors).not.toHaveProperty("city");
    expect(schema).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("shows a UserFacingError with fields next to its fields, not twice", async () => {
    const action = buildFormAction(signedIn(null))({ role: null, schema: z.looseObject({}) }, async () => {
      throw new UserFacingError("An account with this e-mail already exists.", "email");
    });
    expect(await action(null, form([["email", "mai@example.com"]]))).toEqual({
      ok: false,
      error: CORRECT,
      fieldErrors: { email: "An account with this e-mail already exists." },
      values: { email: "mai@example.com" },
    });
  });

  it("answers any other error with the generic message and no raw text, logging the cause", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = buildFormAction(signedIn(creator))({ role: "creator", schema: z.looseObject({}) }, async () => {
      throw new Error('duplicate key value violates unique constraint "links_pkey" (password=hunter2)');
    });
    const result = await action(null, form([["name", "Mai"]]));
    expect(result).toEqual({ ok: false, error: GENERIC, fieldErrors: {}, values: { name: "Mai" } });
    expect(JSON.stringify(result)).not.toMatch(/duplicate|links_pkey|hunter2/);
    expect(logged).toHaveBeenCalledWith("[action] failed", expect.any(Error));
  });

  it("lets a redirect from the action through (Next.js answers it)", async () => {
    const action = buildFormAction(signedIn(creator))({ role: "creator", schema: z.object({}) }, async (): Promise<null> => redirect("/creator/links/lnk_1?new=1"));
    await expect(action(null, form([]))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
