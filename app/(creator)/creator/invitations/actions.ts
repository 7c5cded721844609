"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { respondToInvitation } from "@/lib/plans/invitations";
import { invitationAnswerSchema } from "@/lib/validation/plans";

export const answerInvitationAction = formAction({ role: "creator", schema: invitationAnswerSchema }, async ({ planId, answer }, { db, user }) => {
  const invitation = await respondToInvitation(db, { creatorId: user.id, at: now() }, planId, answer);
  revalidatePath("/creator/invitations");
  return { status: invitation.status };
});
