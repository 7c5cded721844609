import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { catalogueCategories, findCreatorProfile } from "@/db/queries/creators";
import { findMedia } from "@/db/queries/media";
import { findPublicShowcase } from "@/db/queries/showcase";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createUser } from "@/lib/account/new-account";
import { HANDLE_REDIRECT_DAYS, saveCreatorProfile, showcaseHandleRedirect } from "@/lib/creators/profile";
import { UserFacingError } from "@/lib/errors";
import { checkImage } from "@/lib/media/image-upload";
import { creatorProfileSchema, type CreatorProfileInput } from "@/lib/validation/creator-profile";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
// The smallest PNG there is: its signature is what the upload check reads.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

let handle: DbHandle;
const db = () => handle.db;
let serial = 0;

async function newCreator(name: string) {
  serial += 1;
  return createUser(db(), { email: `profile${serial}@test.example`, name, passwordHash: "x", role: "creator", createdAt: NOW });
}

/** The form as the action parses it, with the creator's current handle for the "keep it" rule. */
async function input(creatorId: string, fields: Partial<Record<keyof CreatorProfileInput, unknown>>): Promise<CreatorProfileInput> {
  const current = (await findCreatorProfile(db(), creatorId))!;
  return creatorProfileSchema(current.handle).parse({ displayName: current.displayName, handle: current.handle, bio: current.bio, categories: current.categories, ...fields });
}

async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fields;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
});
afterAll(async () => {
  await handle?.close();
});

describe("a creator's profile", () => {
  it("saves the name, handle, bio and categories chosen from the catalogue's", async () => {
    const creator = await newCreator("Quinn Marlowe");
    const categories = (await catalogueCategories(db())).slice(0, 2);
    expect(categories.length).toBe(2);
    const saved = await saveCreatorProfile(db(), {
      creatorId: creator.id,
      input: await input(creator.id, { displayName: "Quinn M.", handle: "@Quinn.Makes", bio: "Ceramics and tea.", categories }),
      avatar: null,
      at: NOW,
    });
    expect(saved).toEqual({ handle: "quinn.makes", handleChanged: true });
    const profile = await findCreatorProfile(db(), creator.id);
    expect(profile).toMatchObject({ displayName: "Quinn M.", handle: "quinn.makes", bio: "Ceramics and tea.", categories, avatarMediaId: null });
  });

  it("refuses a category the catalogue does not have", async () => {
    const creator = await newCreator("Rosa Vega");
    expect(await fieldsOf(saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { categories: ["Not A Category"] }), avatar: null, at: NOW }))).toEqual({
      categories: "Choose categories from the list",
    });
  });

  it("stores an uploaded avatar as the creator's media and keeps it when the next save has none", async () => {
    const creator = await newCreator("Avery Stone");
    const avatar = checkImage(PNG);
    await saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, {}), avatar, at: NOW });
    const mediaId = (await findCreatorProfile(db(), creator.id))!.avatarMediaId;
    expect(mediaId).toMatch(/^med_/);
    expect(await findMedia(db(), mediaId!)).toMatchObject({ ownerUserId: creator.id, contentType: "image/png" });

    await saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { bio: "New bio" }), avatar: null, at: NOW });
    expect((await findCreatorProfile(db(), creator.id))!.avatarMediaId).toBe(mediaId);
    expect((await findPublicShowcase(db(), (await findCreatorProfile(db(), creator.id))!.handle))?.profile.avatarMediaId).toBe(mediaId);

    await saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { removeAvatar: "on" }), avatar: null, at: NOW });
    expect((await findCreatorProfile(db(), creator.id))!.avatarMediaId).toBeNull();
  });

  it("refuses a file that is not an image, next to the avatar field, and changes nothing", async () => {
    const creator = await newCreator("Blake Rivers");
    const fields = await fieldsOf(
      saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { bio: "changed" }), avatar: checkImage(new TextEncoder().encode("<svg/>")), at: NOW }),
    );
    expect(fields).toEqual({ avatar: "That file is not an image: use PNG, JPEG, WebP or GIF" });
    expect((await findCreatorProfile(db(), creator.id))!.bio).toBe("");
  });
});

describe("handles", () => {
  it("a handle another creator has, in any case, is refused next to the field", async () => {
    const creator = await newCreator("Casey Park");
    const fields = await fieldsOf(saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { handle: "MAI" }), avatar: null, at: NOW }));
    expect(fields).toEqual({ handle: "This handle is taken: choose another" });
  });

  it("two creators taking one handle at once: one gets it, the other is told it is taken", async () => {
    const [a, b] = [await newCreator("Dana One"), await newCreator("Dana Two")];
    const [inputA, inputB] = [await input(a.id, { handle: "dana.makes" }), await input(b.id, { handle: "dana.makes" })];
    const results = await Promise.allSettled([
      saveCreatorProfile(db(), { creatorId: a.id, input: inputA, avatar: null, at: NOW }),
      saveCreatorProfile(db(), { creatorId: b.id, input: inputB, avatar: null, at: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(UserFacingError);
    expect((lost.reason as UserFacingError).fields).toEqual({ handle: "This handle is taken: choose another" });
    const holders = await db().select({ id: t.creatorProfiles.userId }).from(t.creatorProfiles).where(eq(t.creatorProfiles.handle, "dana.makes"));
    expect(holders).toHaveLength(1);
  });

  it("a creator can keep a handle from before the rules but not move to one that breaks them", async () => {
    const creator = await newCreator("Eli Old");
    await db().update(t.creatorProfiles).set({ handle: "eli-old" }).where(eq(t.creatorProfiles.userId, creator.id));
    await saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { bio: "still eli-old" }), avatar: null, at: NOW });
    expect((await findCreatorProfile(db(), creator.id))!.handle).toBe("eli-old");
    // The rule is also the command's own, whatever schema the caller used.
    const bypass = { ...(await input(creator.id, {})), handle: "support" };
    expect(await fieldsOf(saveCreatorProfile(db(), { creatorId: creator.id, input: bypass, avatar: null, at: NOW }))).toEqual({ handle: "This handle is reserved: choose another" });
  });

  it(`the old handle leads to the new one for ${HANDLE_REDIRECT_DAYS} days, and not once someone takes it`, async () => {
    const creator = await newCreator("Finn Hart");
    const old = (await findCreatorProfile(db(), creator.id))!.handle;
    await saveCreatorProfile(db(), { creatorId: creator.id, input: await input(creator.id, { handle: "finn.hart" }), avatar: null, at: NOW });
    expect(await showcaseHandleRedirect(db(), old.toUpperCase(), new Date(NOW.getTime() + 10 * DAY))).toBe("finn.hart");
    expect(await showcaseHandleRedirect(db(), old, new Date(NOW.getTime() + (HANDLE_REDIRECT_DAYS + 1) * DAY))).toBeUndefined();

    const other = await newCreator("Gale Hart");
    await saveCreatorProfile(db(), { creatorId: other.id, input: await input(other.id, { handle: old }), avatar: null, at: NOW });
    expect(await showcaseHandleRedirect(db(), old, new Date(NOW.getTime() + DAY))).toBeUndefined();
    expect((await findCreatorProfile(db(), other.id))!.handle).toBe(old);
  });
});
