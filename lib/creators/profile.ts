import "server-only";
import type { Database } from "@/db/client";
import {
  catalogueCategories,
  findCreatorProfile,
  findHandleRedirect,
  forgetPreviousHandle,
  lockCreatorProfile,
  rememberPreviousHandle,
  updateCreatorProfile,
} from "@/db/queries/creators";
import { insertMedia } from "@/db/queries/media";
import { isUniqueViolation } from "@/db/sql-helpers";
import { invalidFields, NotFoundError } from "@/lib/errors";
import type { ImageCheck } from "@/lib/media/image-upload";
import type { CreatorProfileInput } from "@/lib/validation/creator-profile";
import { HANDLE_TAKEN_MESSAGE, handleProblem } from "./handles";

/**
 * A creator's public profile: the name, handle, avatar, bio and categories buyers see on
 * /s/<handle> and sellers see when they look for creators to invite.
 */

/** How long /s/<old handle> keeps leading to a creator's new handle after a change. */
export const HANDLE_REDIRECT_DAYS = 90;

export const CATEGORY_NOT_LISTED_MESSAGE = "Choose categories from the list";

/** The creator's handle now, for the form's rule that keeping it is always allowed. */
export async function currentHandle(db: Database, creatorId: string): Promise<string | undefined> {
  return (await findCreatorProfile(db, creatorId))?.handle;
}

/** The profile's form with the categories a creator may choose: the catalogue's, plus any they already hold. */
export async function creatorSettings(db: Database, creatorId: string) {
  const [profile, catalogue] = await Promise.all([findCreatorProfile(db, creatorId), catalogueCategories(db)]);
  if (!profile) throw new NotFoundError("The creator profile");
  const categories = [...new Set([...catalogue, ...profile.categories])].sort((a, b) => a.localeCompare(b));
  return { profile, categories };
}

/**
 * Saves the profile. A new handle must follow the rules and be free: two creators taking one handle
 * at once are decided by the unique index, and the one who loses is told next to the field. The
 * handle given up keeps redirecting for HANDLE_REDIRECT_DAYS, unless someone takes it.
 */
export async function saveCreatorProfile(
  db: Database,
  params: { creatorId: string; input: CreatorProfileInput; avatar: ImageCheck | null; at: Date },
): Promise<{ handle: string; handleChanged: boolean }> {
  const { creatorId, input, avatar, at } = params;
  if (avatar && !avatar.ok) throw invalidFields({ avatar: avatar.error });
  const { categories: allowed } = await creatorSettings(db, creatorId);
  if (input.categories.some((c) => !allowed.includes(c))) throw invalidFields({ categories: CATEGORY_NOT_LISTED_MESSAGE });
  try {
    return await db.transaction(async (tx) => {
      const before = await lockCreatorProfile(tx, creatorId);
      if (!before) throw new NotFoundError("The creator profile");
      const handleChanged = before.handle.toLowerCase() !== input.handle;
      // A kept handle may predate the rules; a new one must follow them.
      const problem = handleChanged ? handleProblem(input.handle) : null;
      if (problem) throw invalidFields({ handle: problem });
      const handle = handleChanged ? input.handle : before.handle;
      const avatarMediaId = avatar?.ok ? await insertMedia(tx, { ownerUserId: creatorId, contentType: avatar.contentType, bytes: avatar.bytes, at }) : undefined;
      await updateCreatorProfile(tx, creatorId, {
        displayName: input.displayName,
        handle,
        bio: input.bio,
        categories: input.categories,
        ...(avatarMediaId ? { avatarMediaId } : input.removeAvatar ? { avatarMediaId: null } : {}),
      });
      if (handleChanged) {
        await forgetPreviousHandle(tx, handle);
        await rememberPreviousHandle(tx, { creatorId, handle: before.handle }, at);
      }
      return { handle, handleChanged };
    });
  } catch (error) {
    if (isUniqueViolation(error, "creator_profiles_handle_key")) throw invalidFields({ handle: HANDLE_TAKEN_MESSAGE });
    throw error;
  }
}

/** Where /s/<handle> should send a buyer when no creator has that handle now: the new handle of whoever gave it up lately. */
export async function showcaseHandleRedirect(db: Database, handle: string, at: Date): Promise<string | undefined> {
  return findHandleRedirect(db, handle, new Date(at.getTime() - HANDLE_REDIRECT_DAYS * 24 * 60 * 60 * 1000));
}
