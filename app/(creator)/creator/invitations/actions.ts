"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { respondToInvitation } from "@/lib/plans/invitations";
import { invitationAnswerSchema } from "@/lib/validation/plans";

export const answerInvitationAction = formAction({ role: "creator", schema: invitationAnswerSchema }, async ({ planId, answer }, { actor }) => {
  const invitation = await respondToInvitation(actor.db, { creatorId: actor.user.id, at: actor.at }, planId, answer);
  revalidatePath("/creator/invitations");
  return { status: invitation.status };
});
