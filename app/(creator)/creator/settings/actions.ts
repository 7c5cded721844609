"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { currentHandle, saveCreatorProfile } from "@/lib/creators/profile";
import { readUpload } from "@/lib/media/image-upload";
import { creatorProfileSchema } from "@/lib/validation/creator-profile";

export const saveCreatorProfileAction = formAction(
  { role: "creator", schema: async ({ actor }) => creatorProfileSchema(await currentHandle(actor.db, actor.user.id)) },
  async (input, { actor, formData }) => {
    const saved = await saveCreatorProfile(actor.db, { creatorId: actor.user.id, input, avatar: await readUpload(formData.get("avatar")), at: actor.at });
    revalidatePath("/creator/settings");
    revalidatePath(`/s/${saved.handle}`);
    return saved;
  },
);
